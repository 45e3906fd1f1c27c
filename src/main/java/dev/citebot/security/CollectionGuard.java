package dev.citebot.security;

import java.util.Set;

/**
 * What {@link AccessControl} must know of the collections to decide who may read which: their own keys and
 * their own widget origins. Implemented by the collections' registry.
 */
public interface CollectionGuard {
    /** A guard for a server without collections of their own keys or origins. */
    CollectionGuard NONE = new CollectionGuard() {
        @Override
        public Set<String> keyedFor(String key) {
            return Set.of();
        }

        @Override
        public boolean keyed(String collection) {
            return false;
        }

        @Override
        public Set<String> listing(String origin) {
            return Set.of();
        }
    };

    /** The collections whose own keys include this key. */
    Set<String> keyedFor(String key);

    /** Whether the collection has keys of its own (then only those, or a global key, read it). */
    boolean keyed(String collection);

    /** The collections whose own widget origins list this origin (none: the origin is not tied to any). */
    Set<String> listing(String origin);
}
