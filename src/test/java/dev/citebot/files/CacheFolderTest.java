package dev.citebot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.index.DiskVectorCache;
import dev.citebot.ingest.DiskExtractionCache;
import dev.citebot.ingest.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No temporary file outlives its write: a failed write (a full disk, a folder where the entry should be) deletes
 * its own, and opening a cache folder removes those an earlier run left, never those of a writer still running.
 */
class CacheFolderTest {
    private static final long GONE = Integer.MAX_VALUE; // above any pid_max: no such process

    @Test
    void openingTheCachesRemovesTemporaryFilesLeftByAnEarlierRun(@TempDir Path cache) throws IOException {
        long self = ProcessHandle.current().pid();
        FileTime beforeThisRun = FileTime.from(ProcessHandle.current().info().startInstant().orElseThrow()
                .minus(Duration.ofHours(1)));
        Path texts = Files.createDirectories(cache.resolve("texts"));
        Path vectors = Files.createDirectories(cache.resolve("vectors"));
        List<Path> stale = List.of(
                Files.write(texts.resolve("ab12.text." + GONE + ".7.tmp"), new byte[0]), // its process is gone
                Files.write(texts.resolve("junk.tmp"), new byte[10]), // names no process
                Files.setLastModifiedTime(Files.write(vectors.resolve("cd34.vectors." + self + ".9.tmp"), new byte[0]),
                        beforeThisRun)); // an earlier run whose process had this one's id
        Path running = Files.write(vectors.resolve("ef56.vectors." + self + ".11.tmp"), new byte[0]); // written now
        Path entry = Files.write(texts.resolve("ab12.text"), new byte[] {1});

        new DiskExtractionCache(texts, "");
        new DiskVectorCache(vectors);

        for (Path file : stale) {
            assertTrue(Files.notExists(file), file + " is still there");
        }
        assertTrue(Files.exists(running), "a temporary file of a running writer was removed");
        assertTrue(Files.exists(entry), "an entry was removed");
    }

    @Test
    void aTextEntryCutShortByAFullDiskLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path full = Path.of("/dev/full");
        assertTrue(Files.exists(full), "this test needs /dev/full (a Linux device whose every write fails: ENOSPC)");
        DiskExtractionCache cache = new DiskExtractionCache(dir, "");
        // the entry's temporary file (named after this thread, which writes it) lands on a full disk
        Files.createSymbolicLink(new CacheFolder(dir).temporaryFor(dir.resolve("ab12.text")), full);

        cache.store("ab12", new Extractor.Extraction("text ".repeat(100_000), "title", "text/plain", List.of()));

        assertEquals(List.of(), files(dir), "a temporary file (or the entry) was left behind");
    }

    @Test
    void aTextEntryThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        DiskExtractionCache cache = new DiskExtractionCache(dir, "");
        Path blocked = Files.createDirectories(dir.resolve("ab12.text").resolve("in-the-way")); // a folder, not empty

        cache.store("ab12", new Extractor.Extraction("text", "title", "text/plain", List.of()));

        assertEquals(List.of(dir.resolve("ab12.text")), files(dir), "a temporary file was left behind");
        assertTrue(Files.isDirectory(blocked));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
