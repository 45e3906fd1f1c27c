import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Rewrites the runnable jar with the class files of the packages a start loads (the server, the index, JSON,
 * metrics, logging, the model's libraries: about 2,500 classes) stored instead of deflated, so that the JVM
 * reads them without inflating each one: a restart is about 8 % faster for a jar about 30 MB larger
 * (BENCHMARKS.md). Every other entry (the model files, native libraries, Tika's parsers) is copied as it is,
 * still deflated. Run by the build after the shade plugin, with the jar's own copy of Apache Commons Compress:
 * {@code java -cp target/citebot.jar src/build/StoreClasses.java target/citebot.jar}.
 */
public final class StoreClasses {
    static final List<String> START_PATH = List.of("dev/citebot/", "io/javalin/", "org/eclipse/jetty/",
            "jakarta/servlet/", "org/apache/lucene/", "com/fasterxml/jackson/", "io/micrometer/", "io/prometheus/",
            "ch/qos/logback/", "org/slf4j/", "kotlin/", "ai/onnxruntime/", "ai/djl/", "dev/langchain4j/",
            "opennlp/");

    private StoreClasses() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".stored");
        int stored = 0;
        try (ZipFile in = ZipFile.builder().setPath(jar).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(rewritten)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                if (onStartPath(entry)) {
                    byte[] data;
                    try (InputStream content = in.getInputStream(entry)) {
                        data = content.readAllBytes();
                    }
                    out.putArchiveEntry(storedCopy(entry, data));
                    out.write(data);
                    out.closeArchiveEntry();
                    stored++;
                } else {
                    out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
                }
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("StoreClasses: " + stored + " class files of the start path stored uncompressed in " + jar);
    }

    private static boolean onStartPath(ZipArchiveEntry entry) {
        String name = entry.getName();
        return name.endsWith(".class") && entry.getMethod() != ZipEntry.STORED
                && START_PATH.stream().anyMatch(name::startsWith);
    }

    private static ZipArchiveEntry storedCopy(ZipArchiveEntry entry, byte[] data) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        copy.setTime(entry.getTime());
        CRC32 crc = new CRC32();
        crc.update(data);
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(data.length);
        copy.setCompressedSize(data.length);
        copy.setCrc(crc.getValue());
        return copy;
    }
}
