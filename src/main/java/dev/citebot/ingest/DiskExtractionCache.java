package dev.citebot.ingest;

import dev.citebot.files.CacheFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final CacheFolder folder;
    private ObjectMapper mapper;

    public DiskExtractionCache(Path dir) {
        this.folder = new CacheFolder(dir);
    }

    /** Made at first use, on the indexing thread: loading Jackson there keeps it off the start-up's main thread. */
    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    @Override
    public Optional<Extractor.Extraction> find(String sha256) {
        Path entry = folder.entry(sha256 + ".json");
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper().readValue(entry.toFile(), Extractor.Extraction.class));
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
        Path entry = folder.entry(sha256 + ".json");
        Path temp = folder.temporaryFor(entry);
        try {
            mapper().writeValue(temp.toFile(), extraction);
            folder.moveIntoPlace(temp, entry);
        } catch (IOException e) {
            LOG.warn("cannot write text cache entry {}: {}", entry.getFileName(), e.getMessage());
        }
    }
}
