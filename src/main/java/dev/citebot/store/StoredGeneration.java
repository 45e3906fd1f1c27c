package dev.citebot.store;

import dev.citebot.index.DocumentVectors;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.index.SplitDocument;
import dev.citebot.index.VectorCache;
import dev.citebot.index.VectorKey;
import dev.citebot.ingest.IngestResult;
import dev.citebot.pipeline.Pipeline;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A complete generation read from the store: its documents, their passages and languages as the writer made them
 * (by document id; empty for a generation written before they were stored), and their vectors as a
 * {@link VectorCache} for the index build, which then neither splits nor embeds anything it holds.
 *
 * @param rows    its document rows by id, for a reader to hold until the next generation
 * @param readRows how many of them were read from the store (the others were held already)
 */
record StoredGeneration(long id, IngestResult documents, Map<String, SplitDocument> split,
                        Map<VectorKey, DocumentVectors> vectors, Map<Long, StoredDocument> rows, int readRows)
        implements VectorCache {
    StoredGeneration {
        split = Map.copyOf(split);
        vectors = Map.copyOf(vectors);
        rows = Map.copyOf(rows);
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

    /** Builds {@code collection}'s index of {@code pipeline} from this generation and serves it. */
    KnowledgeIndex install(Pipeline pipeline, String collection) {
        return pipeline.install(collection, documents, split, this);
    }

    int passages() {
        return vectors.values().stream().mapToInt(v -> v.passages().length).sum();
    }
}
