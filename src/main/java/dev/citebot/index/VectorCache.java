package dev.citebot.index;

import java.util.Optional;
import java.util.Set;

/**
 * Vectors already made for a document, so that re-indexing embeds only what changed. Implementations must be
 * safe to call from several threads. {@link InMemoryVectorCache} lives as long as the process; an on-disk one
 * can keep vectors across restarts behind the same interface.
 */
public interface VectorCache {
    Optional<DocumentVectors> find(VectorKey key);

    void store(VectorKey key, DocumentVectors vectors);

    /** Forgets every entry but these: called after each build with the keys of the documents it kept. */
    void retainOnly(Set<VectorKey> keys);

    /** A cache that keeps nothing: every build embeds everything. */
    static VectorCache none() {
        return new VectorCache() {
            @Override
            public Optional<DocumentVectors> find(VectorKey key) {
                return Optional.empty();
            }

            @Override
            public void store(VectorKey key, DocumentVectors vectors) {
            }

            @Override
            public void retainOnly(Set<VectorKey> keys) {
            }
        };
    }
}
