package dev.citebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.CitebotProcess;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that cannot start says why in one line and exits 2, before anything is loaded: run as a real
 * process, because the failure this guards against was the JVM crashing while the model's native code loaded.
 */
class StartUpErrorsIT {
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    record Run(int status, List<String> errors) {
        String last() {
            return errors.isEmpty() ? "" : errors.get(errors.size() - 1);
        }
    }

    private static Run serve(Path workDir, Map<String, String> env) throws Exception {
        Map<String, String> settings = new HashMap<>(env);
        settings.put("CITEBOT_CACHE_DIR", workDir.resolve("cache").toString());
        Process process = CitebotProcess.command(workDir, settings).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(workDir.resolve("stderr.txt").toFile()).start();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server started instead of failing");
        } finally {
            process.destroyForcibly();
        }
        List<String> errors = Files.readAllLines(workDir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(workDir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hs_err"))
                    .toList(), "the JVM crashed");
        }
        return new Run(process.exitValue(), errors);
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Run run = serve(dir, Map.of("CITEBOT_SEEDS_DIR", SEEDS.toString(), "CITEBOT_HOST", "127.0.0.1",
                    "CITEBOT_PORT", Integer.toString(taken.getLocalPort())));
            assertEquals(2, run.status(), run.errors().toString());
            assertTrue(run.last().startsWith("citebot: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    run.errors().toString());
            assertTrue(run.errors().stream().noneMatch(l -> l.contains("at dev.citebot")), "a stack trace");
        }
    }

    @Test
    void aPortOutOfRangeIsCaughtBeforeIndexing(@TempDir Path dir) throws Exception {
        Run run = serve(dir, Map.of("CITEBOT_SEEDS_DIR", SEEDS.toString(), "CITEBOT_PORT", "70000"));
        assertEquals(2, run.status(), run.errors().toString());
        assertEquals("citebot: port must be between 0 and 65535, got 70000", run.last());
        assertEquals(1, run.errors().size(), "nothing was loaded or indexed: " + run.errors());
    }

    @Test
    void aSeedsFolderThatDoesNotExistIsNamedAtStart(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder");
        Run run = serve(dir, Map.of("CITEBOT_SEEDS_DIR", missing.toString(), "CITEBOT_PORT", "0"));
        assertEquals(2, run.status(), run.errors().toString());
        assertEquals("citebot: the seeds folder " + missing + " does not exist; create it or set seeds.dir "
                + "(CITEBOT_SEEDS_DIR)", run.last());
    }

}
