package dev.citebot.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracted texts on disk, one JSON file per content hash, so that a restart with unchanged files parses
 * nothing and never starts the parser process. Entries are written under a temporary name and moved into place;
 * an unreadable entry is removed and its file parsed again.
 */
public final class DiskExtractionCache implements ExtractionCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskExtractionCache.class);

    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    public DiskExtractionCache(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create cache folder " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Extractor.Extraction> find(String sha256) {
        Path entry = dir.resolve(sha256 + ".json");
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(entry.toFile(), Extractor.Extraction.class));
        } catch (IOException unreadable) {
            LOG.warn("ignoring unreadable text cache entry {}", entry.getFileName());
            try {
                Files.deleteIfExists(entry);
            } catch (IOException ignored) {
                // it will be overwritten when the file is parsed again
            }
            return Optional.empty();
        }
    }

    @Override
    public void store(String sha256, Extractor.Extraction extraction) {
        Path entry = dir.resolve(sha256 + ".json");
        Path temp = dir.resolve(sha256 + "." + Thread.currentThread().getId() + ".tmp");
        try {
            mapper.writeValue(temp.toFile(), extraction);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("cannot write text cache entry {}: {}", entry.getFileName(), e.getMessage());
        }
    }
}
