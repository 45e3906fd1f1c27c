package dev.citebot.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was computed for the texts met lately (a term's passage count, what a sentence shows), for a computation
 * that depends on the text alone. Bounded: once it holds {@code capacity} texts it starts again empty, which costs
 * little where the same few texts come back (a question's terms, the sentences of the passages that answer).
 * Thread-safe; two threads computing the same text at once both compute it and keep one of the equal values.
 */
public final class TextMemo<V> {
    private final int capacity;
    private final Function<String, V> compute;
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    /** @param compute the value of a text; never null */
    public TextMemo(int capacity, Function<String, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    /** The text's value: kept, or computed now and kept. */
    public V get(String text) {
        V known = kept.get(text);
        if (known != null) {
            return known;
        }
        V value = compute.apply(text);
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.put(text, value);
        return value;
    }

    /** How many texts' values are kept now. */
    int size() {
        return kept.size();
    }
}
