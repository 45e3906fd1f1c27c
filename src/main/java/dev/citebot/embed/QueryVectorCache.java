package dev.citebot.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The vectors of recently asked questions, least recently used first out. A question asked again (a starter
 * question, a retry, a popular question) costs no embedding. Vectors are shared, so callers must not change them.
 */
final class QueryVectorCache {
    private final int capacity;
    private final Map<String, float[]> entries;

    QueryVectorCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > QueryVectorCache.this.capacity;
            }
        };
    }

    float[] get(String query, Function<String, float[]> embed) {
        if (capacity == 0) {
            return embed.apply(query);
        }
        synchronized (entries) {
            float[] hit = entries.get(query);
            if (hit != null) {
                return hit;
            }
        }
        float[] vector = embed.apply(query); // outside the lock: embedding is the slow part
        synchronized (entries) {
            entries.put(query, vector);
        }
        return vector;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
