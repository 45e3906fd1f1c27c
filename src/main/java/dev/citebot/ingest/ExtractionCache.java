package dev.citebot.ingest;

import java.util.Optional;

/** What files' extraction produced, by content hash, so that unchanged files are not parsed again. */
public interface ExtractionCache {
    Optional<Extractor.Extraction> find(String sha256);

    void store(String sha256, Extractor.Extraction extraction);

    /** Keeps nothing: every file is parsed. */
    static ExtractionCache none() {
        return new ExtractionCache() {
            @Override
            public Optional<Extractor.Extraction> find(String sha256) {
                return Optional.empty();
            }

            @Override
            public void store(String sha256, Extractor.Extraction extraction) {
            }
        };
    }
}
