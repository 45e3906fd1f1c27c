package dev.citebot.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step after the shade (src/build/StoreClasses.java), run as the build runs it, on a small jar. */
class StoreClassesIT {
    private static final Map<String, byte[]> ENTRIES = Map.of(
            "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: dev.citebot.Main\n".getBytes(StandardCharsets.UTF_8),
            "dev/citebot/Main.class", "not really bytecode, but bytes all the same ".repeat(40).getBytes(StandardCharsets.UTF_8),
            "org/eclipse/jetty/server/Server.class", "jetty ".repeat(300).getBytes(StandardCharsets.UTF_8),
            "org/apache/poi/Big.class", "poi ".repeat(300).getBytes(StandardCharsets.UTF_8),
            "all-minilm-l6-v2.onnx", "weights ".repeat(500).getBytes(StandardCharsets.UTF_8));

    @Test
    void classesOfTheStartPathAreStoredAndEverythingElseStaysDeflatedWithTheSameBytes(@TempDir Path dir)
            throws Exception {
        Path jar = dir.resolve("citebot.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : ENTRIES.keySet().stream().sorted().toList()) {
                out.putNextEntry(new ZipEntry(name));
                out.write(ENTRIES.get(name));
                out.closeEntry();
            }
        }

        run(jar);

        try (JarFile rewritten = new JarFile(jar.toFile())) {
            assertEquals(ENTRIES.keySet().stream().sorted().toList(),
                    rewritten.stream().map(ZipEntry::getName).sorted().toList());
            for (Map.Entry<String, byte[]> e : ENTRIES.entrySet()) {
                ZipEntry entry = rewritten.getEntry(e.getKey());
                assertArrayEquals(e.getValue(), rewritten.getInputStream(entry).readAllBytes(), e.getKey());
                boolean startPath = e.getKey().startsWith("dev/citebot/") || e.getKey().startsWith("org/eclipse/jetty/");
                assertEquals(startPath ? ZipEntry.STORED : ZipEntry.DEFLATED, entry.getMethod(), e.getKey());
            }
            assertEquals("dev.citebot.Main", rewritten.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    /** {@code java -cp <Commons Compress and IO> src/build/StoreClasses.java JAR}, as the build's exec step. */
    private static void run(Path jar) throws IOException, InterruptedException {
        String compress = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("commons-compress") || p.contains("commons-io"))
                .collect(Collectors.joining(File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                compress, Path.of("src", "build", "StoreClasses.java").toString(), jar.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), output);
    }
}
