package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.LogCapture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a restart, unchanged files are not parsed again: their text comes from the cache folder. */
class DiskExtractionCacheTest {
    private final AtomicInteger parsed = new AtomicInteger();
    private final TextExtractor tika = new TextExtractor(100_000);
    private final Extractor counting = file -> {
        parsed.incrementAndGet();
        return tika.extract(file);
    };

    @Test
    void unchangedFilesAreNotParsedAfterARestartAndChangedOnesAre(@TempDir Path seeds, @TempDir Path cache)
            throws IOException {
        Files.writeString(seeds.resolve("a.txt"), "Okapis live in the Ituri rainforest.");
        Files.writeString(seeds.resolve("b.html"), "<html><head><title>B</title></head><body>Quokkas smile.</body></html>");
        IngestResult first = new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(2, parsed.getAndSet(0));

        IngestResult restarted = new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(0, parsed.get(), "nothing parsed after the restart");
        assertEquals(first.documents(), restarted.documents());

        Files.writeString(seeds.resolve("a.txt"), "Okapis live in the Ituri rainforest. They eat leaves.");
        IngestResult changed = new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(1, parsed.get(), "only the changed file");
        assertEquals("Okapis live in the Ituri rainforest. They eat leaves.", changed.documents().get(0).text());
    }

    @Test
    void anUnreadableEntryIsIgnoredAndTheFileParsedAgain(@TempDir Path seeds, @TempDir Path cache) throws IOException {
        Files.writeString(seeds.resolve("a.txt"), "Okapis live in the Ituri rainforest.");
        new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        try (var entries = Files.list(cache)) {
            Path entry = entries.findFirst().orElseThrow();
            Files.writeString(entry, "{\"text\": \"cut sh");
        }
        parsed.set(0);
        IngestResult again = new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(1, parsed.get());
        assertEquals("Okapis live in the Ituri rainforest.", again.documents().get(0).text());
    }

    @Test
    void anEntryCutShortByACrashIsIgnoredAndTheFileParsedAgain(@TempDir Path seeds, @TempDir Path cache)
            throws IOException {
        Files.writeString(seeds.resolve("a.txt"), "Okapis live in the Ituri rainforest.");
        new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        Path entry;
        try (var entries = Files.list(cache)) {
            entry = entries.findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 5));
        parsed.set(0);
        IngestResult again = new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(1, parsed.get());
        assertEquals("Okapis live in the Ituri rainforest.", again.documents().get(0).text());
        assertEquals(whole.length, Files.size(entry), "the entry is written again, whole");
    }

    @Test
    void anEntryChangedAfterItWasWrittenIsNotTrustedAndTheFileIsParsedAgain(@TempDir Path seeds, @TempDir Path cache)
            throws IOException {
        Files.writeString(seeds.resolve("a.txt"), "The Vardholm lighthouse was automated in 1987.");
        new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(1, parsed.getAndSet(0));
        try (java.util.stream.Stream<Path> entries = Files.walk(cache)) {
            for (Path entry : entries.filter(p -> p.toString().endsWith(".text")).toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                int at = latin.indexOf("1987");
                bytes[at + 3] = '8'; // the structure stays intact: only a checksum can tell
                Files.write(entry, bytes);
            }
        }
        IngestResult again = new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "")).load(seeds);
        assertEquals(1, parsed.get(), "the changed entry was parsed again");
        assertEquals("The Vardholm lighthouse was automated in 1987.", again.documents().get(0).text());
    }

    /**
     * After an upgrade (or a change of the OCR setting) every entry is of another build: each file is parsed again
     * without a warning per file; a damaged entry still warns.
     */
    @Test
    void entriesOfAnotherBuildAreParsedAgainQuietlyAndOnlyADamagedOneWarns(@TempDir Path seeds, @TempDir Path cache)
            throws IOException {
        Files.writeString(seeds.resolve("a.txt"), "Okapis live in the Ituri rainforest.");
        Files.writeString(seeds.resolve("b.txt"), "Quokkas live on Rottnest Island.");
        new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "ocr=off")).load(seeds);
        parsed.set(0);
        try (LogCapture logs = LogCapture.start()) {
            new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "ocr=eng")).load(seeds);
            assertEquals(2, parsed.getAndSet(0), "both entries were written under another setting");
            assertEquals(List.of(), logs.warnings());
        }
        try (var entries = Files.list(cache)) {
            Path entry = entries.filter(p -> p.toString().endsWith(".text")).findFirst().orElseThrow();
            byte[] whole = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 5));
        }
        try (LogCapture logs = LogCapture.start()) {
            new DocumentLoader(counting, 1_000_000, new DiskExtractionCache(cache, "ocr=eng")).load(seeds);
            assertEquals(1, parsed.get(), "only the damaged entry's file");
            assertEquals(1, logs.warnings().size(), logs.warnings().toString());
            assertTrue(logs.warnings().get(0).startsWith("ignoring unreadable text cache entry"), logs.warnings().toString());
        }
    }
}
