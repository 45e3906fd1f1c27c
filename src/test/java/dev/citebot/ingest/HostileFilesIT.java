package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ParseLimits;
import dev.citebot.support.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of hostile or broken file is reported with its reason and skipped, the files around it are read
 * with their own text only, and the parser process survives (or is restarted) for the next file.
 */
class HostileFilesIT {
    private static final int MAX_CHARS = 200_000;
    /**
     * How long a file may be parsed: generous, as a real file (a large or broken PDF, a zip bomb) is often parsed by
     * a parser process just restarted after the file before it, cold, and on a loaded CI machine 3 s was too short
     * for one. The endless file still has to be stopped at it, and it is what each test with one waits for.
     */
    private static final int PARSE_TIMEOUT_SECONDS = 20;
    private static IsolatedExtractor extractor;
    private static DocumentLoader loader;

    @BeforeAll
    static void start() {
        extractor = new IsolatedExtractor(MAX_CHARS, new ParseLimits(true, PARSE_TIMEOUT_SECONDS, 128),
                Ocr.off("not needed"));
        loader = new DocumentLoader(extractor, 1_000_000);
    }

    @AfterAll
    static void stop() {
        loader.close();
    }

    @Test
    void eachHostileFileIsSkippedWithItsReasonAndTheOthersAreRead(@TempDir Path seeds, @TempDir Path outside)
            throws IOException {
        Files.writeString(seeds.resolve("a-good.txt"), "Okapis live in the Ituri rainforest.");
        HostileFiles.zipBomb(seeds.resolve("b-bomb.zip"), 200);
        HostileFiles.corruptPdf(seeds.resolve("c-corrupt.pdf"), 42);
        HostileFiles.endlessLoop(seeds.resolve("d-endless.endless"));
        HostileFiles.hugePdf(seeds.resolve("e-huge.pdf"), 500);
        HostileFiles.memoryHog(seeds.resolve("f-hog.hog"));
        HostileFiles.truncatedDocx(seeds.resolve("g-truncated.docx"));
        Files.writeString(outside.resolve("secret.txt"), "The vault code is 4711.");
        Files.createSymbolicLink(seeds.resolve("h-link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(seeds.resolve("i-linked-folder"), outside);
        Files.writeString(seeds.resolve("z-good..txt"), "Quokkas live on Rottnest Island.");

        IngestResult result = loader.load(seeds);

        Map<String, String> failed = result.failures().stream()
                .collect(Collectors.toMap(IngestFailure::path, IngestFailure::reason));
        assertTrue(failed.get("b-bomb.zip").matches(".*(longer than " + MAX_CHARS + "|memory|crashed).*"), failed.toString());
        assertTrue(failed.get("c-corrupt.pdf").startsWith("cannot parse"), failed.toString());
        assertTrue(failed.get("d-endless.endless").contains("longer than " + PARSE_TIMEOUT_SECONDS + " s"),
                failed.toString());
        assertTrue(failed.get("e-huge.pdf").contains("over the limit"), failed.toString());
        assertTrue(failed.get("f-hog.hog").contains("memory") || failed.get("f-hog.hog").contains("crashed"),
                failed.toString());
        assertTrue(failed.get("g-truncated.docx").startsWith("cannot parse")
                || failed.get("g-truncated.docx").contains("no text"), failed.toString());
        assertEquals("link leads outside the seeds folder", failed.get("h-link.txt"));
        assertEquals(7, failed.size(), failed.toString());

        Map<String, String> texts = result.documents().stream()
                .collect(Collectors.toMap(SourceDocument::path, SourceDocument::text));
        assertEquals(Map.of("a-good.txt", "Okapis live in the Ituri rainforest.",
                "z-good..txt", "Quokkas live on Rottnest Island."), texts);
        result.failures().forEach(f -> assertFalse(f.reason().contains("\tat "), "no stack traces: " + f.reason()));
    }

    @Test
    void aParserNeverCarriesTextFromOneFileIntoTheNext(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("a.txt"), "Axolotls regrow their limbs.");
        HostileFiles.corruptPdf(seeds.resolve("b.pdf"), 7);
        Files.writeString(seeds.resolve("c.txt"), "Capybaras are large rodents.");
        HostileFiles.endlessLoop(seeds.resolve("d.endless"));
        Files.writeString(seeds.resolve("e.txt"), "Echidnas lay eggs.");

        IngestResult result = loader.load(seeds);

        assertEquals(Map.of("a.txt", "Axolotls regrow their limbs.", "c.txt", "Capybaras are large rodents.",
                        "e.txt", "Echidnas lay eggs."),
                result.documents().stream().collect(Collectors.toMap(SourceDocument::path, SourceDocument::text)));
    }

    @Test
    void unchangedFilesAreNotParsedAgain(@TempDir Path seeds) throws IOException {
        HostileFiles.endlessLoop(seeds.resolve("slow.endless"));
        Files.writeString(seeds.resolve("fine.txt"), "Wombats dig burrows.");
        SourceDocument known = new SourceDocument("slow-endless", "slow.endless", "Known", "text/plain",
                "Known text of an endless file.", 1, sha256(HostileFiles.ENDLESS));

        IngestResult result = loader.load(seeds, Map.of("slow.endless", known));

        assertEquals(java.util.List.of(), result.failures(), "the endless file was not parsed again");
        assertEquals("Known text of an endless file.", result.documents().get(1).text());
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
