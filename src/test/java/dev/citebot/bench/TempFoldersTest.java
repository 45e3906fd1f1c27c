package dev.citebot.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench's temporary folders go, with what its pipelines wrote in them, when the bench ends. */
class TempFoldersTest {

    @Test
    void everyFolderMadeIsDeletedWithItsContents() throws Exception {
        Path cache = TempFolders.create("citebot-test-cache");
        Files.createDirectories(cache.resolve("vectors/ab"));
        Files.writeString(cache.resolve("vectors/ab/entry.vectors"), "v");
        Path gone = TempFolders.create("citebot-test-gone");
        Files.delete(gone); // deleted by someone else already: no error
        assertTrue(Files.isRegularFile(cache.resolve("vectors/ab/entry.vectors")));
        TempFolders.deleteAll();
        assertFalse(Files.exists(cache));
        assertFalse(Files.exists(gone));
    }
}
