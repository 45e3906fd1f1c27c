package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.files.CacheFolder;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's languages are detected once per text: a restart reads them from the cache folder. */
class DocumentLanguagesTest {
    private static final String GERMAN = "Der Bericht beschreibt die politische Lage im Land nach dem Putsch und "
            + "die Antwort der Nachbarstaaten.\n\nThe report was written in English by a visiting journalist who "
            + "stayed for three weeks and spoke with many people there.";
    private final AtomicInteger detections = new AtomicInteger();
    private final Languages languages = new Languages();
    private final Function<String, LanguageMap> counting = text -> {
        detections.incrementAndGet();
        return LanguageMap.of(text, languages);
    };

    private DocumentLanguages restarted(Path cache) {
        return new DocumentLanguages(counting, new CacheFolder(cache));
    }

    @Test
    void aTextSeenBeforeARestartIsNotDetectedAgainAndItsMapIsTheSame(@TempDir Path cache) {
        LanguageMap first = restarted(cache).of(GERMAN);
        assertEquals(1, detections.getAndSet(0));

        LanguageMap again = restarted(cache).of(GERMAN);
        assertEquals(0, detections.get(), "read from the cache folder");
        assertEquals(first, again);
        assertEquals(LanguageMap.of(GERMAN, languages), again);

        restarted(cache).of(GERMAN + " Changed.");
        assertEquals(1, detections.get(), "another text is detected");
    }

    @Test
    void withoutACacheFolderEveryBuildDetects() {
        DocumentLanguages everyTime = new DocumentLanguages(counting, null);
        everyTime.of(GERMAN);
        everyTime.of(GERMAN);
        assertEquals(2, detections.get());
    }

    @Test
    void anEntryWhosePartsDoNotCoverItsTextIsRemovedAndDetectedAgain(@TempDir Path cache) throws IOException {
        LanguageMap first = restarted(cache).of(GERMAN);
        Path entry = onlyEntry(cache);
        List<String> lines = Files.readAllLines(entry);
        Files.write(entry, lines.subList(0, lines.size() - 1)); // cut short: the last part is missing
        detections.set(0);

        assertEquals(first, restarted(cache).of(GERMAN));
        assertEquals(1, detections.get());
        assertEquals(lines, Files.readAllLines(onlyEntry(cache)), "written again whole");
    }

    @Test
    void anEntryOfAnotherBuildIsDetectedAgain(@TempDir Path cache) throws IOException {
        restarted(cache).of(GERMAN);
        Path entry = onlyEntry(cache);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(entry));
        lines.set(0, "citebot-languages 1 0.0.1-older");
        Files.write(entry, lines);
        detections.set(0);

        restarted(cache).of(GERMAN);
        assertEquals(1, detections.get());
        assertTrue(Files.readAllLines(onlyEntry(cache)).get(0).startsWith("citebot-languages 1 "));
        assertTrue(!Files.readAllLines(onlyEntry(cache)).get(0).endsWith("0.0.1-older"));
    }

    @Test
    void garbageInAnEntryIsIgnored(@TempDir Path cache) throws IOException {
        LanguageMap first = restarted(cache).of(GERMAN);
        Files.writeString(onlyEntry(cache), "not \u0000 an entry");
        assertEquals(first, restarted(cache).of(GERMAN));
    }

    private static Path onlyEntry(Path cache) throws IOException {
        try (var entries = Files.list(cache)) {
            List<Path> all = entries.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
