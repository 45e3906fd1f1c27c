package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.HostileFiles;
import dev.citebot.support.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the default in-process parsing, an endless file is skipped after the timeout and the others still load. */
class TimedExtractorTest {

    @Test
    void anEndlessFileIsSkippedAfterTheTimeoutAndTheOthersLoad(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("a-good.txt"), "Okapis live in the Ituri rainforest.");
        HostileFiles.endlessLoop(seeds.resolve("b-endless.endless"));
        Files.writeString(seeds.resolve("c-good.txt"), "Quokkas live on Rottnest Island.");

        try (DocumentLoader loader = new DocumentLoader(new TimedExtractor(new TextExtractor(100_000), 2), 1_000_000)) {
            IngestResult result = loader.load(seeds);

            assertEquals(List.of("a-good.txt", "c-good.txt"),
                    result.documents().stream().map(SourceDocument::path).toList());
            assertEquals("Quokkas live on Rottnest Island.", result.documents().get(1).text());
            assertEquals(1, result.failures().size());
            assertTrue(result.failures().get(0).reason().contains("longer than 2 s"), result.failures().toString());
        }
        Poll.until(java.time.Duration.ofSeconds(10), "the abandoned parse ending", () -> parsersAlive() == 0);
    }

    private static long parsersAlive() {
        return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().endsWith("HostileParsers$EndlessLoop"))).count();
    }
}
