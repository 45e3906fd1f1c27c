package dev.citebot.collections;

import java.util.List;

/**
 * What defines a created collection besides its documents: its name, when it was made and the SHA-256 digests of
 * its own keys (never the keys). Kept in {@code collection.json}, and, with a shared store, in the store's
 * {@code collections} table, from which readers take it.
 */
public record CollectionDescriptor(String name, String created, List<String> keyDigests) {
    public CollectionDescriptor {
        keyDigests = keyDigests == null ? List.of() : List.copyOf(keyDigests);
    }
}
