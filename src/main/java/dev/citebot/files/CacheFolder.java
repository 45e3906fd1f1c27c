package dev.citebot.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A folder of cache entries that are written under a temporary name and moved into place in one step, so a
 * reader sees either the old entry or the whole new one, never half of it.
 */
public final class CacheFolder {
    private final Path dir;

    public CacheFolder(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create cache folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path entry(String name) {
        return dir.resolve(name);
    }

    /** A temporary name beside the entry, unique to this process and thread. */
    public Path temporaryFor(Path entry) {
        return dir.resolve(entry.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
    }

    /** Moves a finished temporary file over the entry, atomically where the file system can. */
    public void moveIntoPlace(Path temporary, Path entry) throws IOException {
        try {
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
