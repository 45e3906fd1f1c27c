package dev.citebot.index;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Vectors of the documents of the latest build, kept in memory (shared with the index, so nearly free). */
public final class InMemoryVectorCache implements VectorCache {
    private final Map<VectorKey, DocumentVectors> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<DocumentVectors> find(VectorKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void store(VectorKey key, DocumentVectors vectors) {
        entries.put(key, vectors);
    }

    @Override
    public void retainOnly(Set<VectorKey> keys) {
        entries.keySet().retainAll(keys);
    }

    public int size() {
        return entries.size();
    }
}
