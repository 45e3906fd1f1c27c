package dev.citebot.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of cache entries that are written under a temporary name and moved into place in one step, so a
 * reader sees either the old entry or the whole new one, never half of it.
 *
 * <p>A temporary file must not outlive its write: on a full disk every start would otherwise add a new set of
 * them (a 16 MB copy of ONNX Runtime's library, empty entries). So a write that fails deletes its temporary
 * file, and the first time a process opens the folder it removes those left by a process that is gone (killed
 * mid-write): the one named in the file's name is not running, or started after the file was last written (a
 * new process that was given the same id, as in a container, where the JVM's id is the same at every start).
 */
public final class CacheFolder {
    private static final Logger LOG = LoggerFactory.getLogger(CacheFolder.class);
    private static final String TEMPORARY = ".tmp";
    private static final Set<Path> TIDIED = new HashSet<>(); // folders this process has tidied already

    private final Path dir;

    public CacheFolder(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create cache folder " + dir + ": " + e.getMessage(), e);
        }
        synchronized (TIDIED) { // before any write of this process, and once: its own writes are never stale
            if (TIDIED.add(dir.toAbsolutePath().normalize())) {
                removeStaleTemporaries();
            }
        }
    }

    /** Writes what is given to the entry. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
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
                + Thread.currentThread().getId() + TEMPORARY);
    }

    /**
     * Writes the entry whole or not at all: under its temporary name, then moved into place. When writing or
     * moving fails (a full disk, say), the temporary file is deleted before the error is thrown.
     */
    public void write(Path entry, Content content) throws IOException {
        Path temporary = temporaryFor(entry);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            moveIntoPlace(temporary, entry);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException stuck) {
                e.addSuppressed(stuck);
            }
            throw e;
        }
    }

    /** An entry that is whole but was written by another format, build or setting: expected, not damage. */
    public static final class StaleEntry extends IOException {
        public StaleEntry(String message) {
            super(message);
        }
    }

    /**
     * Removes an entry that could not be read, to be made again. A stale one ({@link StaleEntry}: every entry is
     * stale once after an upgrade) is logged at debug, anything else, damage, as a warning.
     *
     * @param what what the entry is, as the log names it ("text cache entry")
     */
    public void drop(Path entry, Exception unreadable, String what) {
        if (unreadable instanceof StaleEntry) {
            LOG.debug("{} {} is stale: {}", what, entry.getFileName(), unreadable.getMessage());
        } else {
            LOG.warn("ignoring unreadable {} {}: {}", what, entry.getFileName(), unreadable.getMessage());
        }
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            // best effort: it is made again and overwritten
        }
    }

    /** Moves a finished temporary file over the entry, atomically where the file system can. */
    public void moveIntoPlace(Path temporary, Path entry) throws IOException {
        try {
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeStaleTemporaries() {
        List<Path> temporaries;
        try (Stream<Path> files = Files.list(dir)) {
            temporaries = files.filter(f -> f.getFileName().toString().endsWith(TEMPORARY)).toList();
        } catch (IOException e) {
            LOG.warn("cannot look for stale temporary files in {}: {}", dir, e.getMessage());
            return;
        }
        for (Path file : temporaries) {
            try {
                if (isStale(file)) {
                    Files.deleteIfExists(file);
                    LOG.info("removed {}, left by an earlier run's interrupted write", file);
                }
            } catch (IOException e) {
                LOG.warn("cannot remove stale temporary file {}: {}", file, e.getMessage());
            }
        }
    }

    private static boolean isStale(Path file) throws IOException {
        Instant written = Files.getLastModifiedTime(file).toInstant();
        Optional<Instant> writerStarted = writer(file.getFileName().toString())
                .filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().startInstant());
        return writerStarted.isEmpty() || writerStarted.get().isAfter(written);
    }

    /** The process named in a temporary file's name ({@code entry.<pid>.<thread>.tmp}), if it is running. */
    private static Optional<ProcessHandle> writer(String name) {
        String[] parts = name.substring(0, name.length() - TEMPORARY.length()).split("\\.");
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2]));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
