package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.CitebotProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The isolated parser's set-up file lives in the temporary folder only while Citebot runs: a command that ends
 * (eval) and a server stopped with SIGTERM leave none behind. Each child JVM gets a temporary folder of its own.
 */
class ParserFilesIT {
    private static final Path MINI = Path.of("src/test/resources/eval-mini").toAbsolutePath();

    @Test
    void anEvalRunLeavesNoParserFileInTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder eval = CitebotProcess.command(dir, settings(dir, tmp))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        eval.command().addAll(List.of("eval", "--docs", MINI.resolve("docs").toString(),
                "--questions", MINI.resolve("questions.jsonl").toString()));
        Process process = eval.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "eval did not end");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("| citebot |"), "the documents were parsed and the questions asked:\n" + log);
        assertEquals(List.of(), parserFiles(tmp));
    }

    @Test
    void aServerStoppedWithSigtermLeavesNoParserFileInTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (CitebotProcess server = CitebotProcess.start(dir, MINI.resolve("docs"), dir.resolve("cache"),
                settings(dir, tmp))) {
            server.awaitReady(Duration.ofMinutes(5));
            assertEquals(1, parserFiles(tmp).size(), "the parser runs with its file while the server is up");
            server.terminate();
            assertEquals(0, server.awaitExit(Duration.ofSeconds(60)), server.log());
        }
        assertEquals(List.of(), parserFiles(tmp));
    }

    private static Map<String, String> settings(Path dir, Path tmp) {
        return Map.of("CITEBOT_INGEST_ISOLATION", "process", "CITEBOT_REINDEX_WATCH", "false",
                "CITEBOT_CACHE_DIR", dir.resolve("cache").toString(),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
    }

    private static List<String> parserFiles(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("citebot-tika-pipes-")).toList();
        }
    }
}
