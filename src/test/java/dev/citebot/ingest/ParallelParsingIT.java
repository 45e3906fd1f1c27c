package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ParseLimits;
import dev.citebot.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files parsed at once, each in a parser process of its own, give the documents (in path order, with the same
 * ids) and the failures that parsing them one at a time in one process gives.
 */
class ParallelParsingIT {
    @Test
    void twoParserProcessesReadAFolderAsOneDoes(@TempDir Path seeds) throws IOException {
        for (int i = 0; i < 4; i++) {
            Fixtures.pdf(seeds.resolve("report-" + i + ".pdf"), "Report " + i, "Pangolin number " + i + " has scales.");
            Fixtures.docx(seeds.resolve("memo-" + i + ".docx"), "Memo " + i, "Axolotl number " + i + " regrows limbs.");
        }
        Files.writeString(seeds.resolve("notes.txt"), "Notes\n\nThe okapi lives in the Congo.");
        Files.write(seeds.resolve("broken.pdf"), "%PDF-1.7 this is no PDF".getBytes());

        IngestResult one;
        try (DocumentLoader loader = new DocumentLoader(
                new IsolatedExtractor(1_000_000, new ParseLimits(true, 60, 256, 1), Ocr.off("not needed")),
                10_000_000, ExtractionCache.none(), 1)) {
            one = loader.load(seeds);
        }
        ParseLimits two = new ParseLimits(true, 60, 256, 2);
        assertEquals(2, two.parallelism());
        try (DocumentLoader loader = new DocumentLoader(new IsolatedExtractor(1_000_000, two, Ocr.off("not needed")),
                10_000_000, ExtractionCache.none(), two.parallelism())) {
            IngestResult parallel = loader.load(seeds);
            assertEquals(one.documents(), parallel.documents());
            assertEquals(one.failures(), parallel.failures());
        }
        assertEquals(9, one.documents().size(), one.documents().stream().map(SourceDocument::path).toList().toString());
        assertEquals(List.of("broken.pdf"), one.failures().stream().map(IngestFailure::path).toList());
        assertTrue(one.documents().get(0).text().contains("Axolotl number 0"), one.documents().get(0).text());
    }
}
