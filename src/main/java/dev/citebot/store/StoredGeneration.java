package dev.citebot.store;

import dev.citebot.index.DocumentVectors;
import dev.citebot.index.VectorCache;
import dev.citebot.index.VectorKey;
import dev.citebot.ingest.IngestResult;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A complete generation read from the store: its documents, and their vectors as a {@link VectorCache} for the
 * index build, which then embeds nothing it holds.
 */
record StoredGeneration(long id, IngestResult documents, Map<VectorKey, DocumentVectors> vectors)
        implements VectorCache {
    StoredGeneration {
        vectors = Map.copyOf(vectors);
    }

    @Override
    public Optional<DocumentVectors> find(VectorKey key) {
        return Optional.ofNullable(vectors.get(key));
    }

    @Override
    public void store(VectorKey key, DocumentVectors made) {
        // a reader's vectors live in the store, written by the writer only
    }

    @Override
    public void retainOnly(Set<VectorKey> keys) {
    }

    int passages() {
        return vectors.values().stream().mapToInt(v -> v.passages().length).sum();
    }
}
