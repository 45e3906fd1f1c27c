package dev.citebot.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A set of secret keys, kept only as SHA-256 digests. A presented key is compared with every one of them in
 * constant time, and digests have one length, so neither the timing nor the key's length tells anything.
 */
public final class Keys {
    private final List<byte[]> digests;

    public Keys(List<String> keys) {
        this.digests = keys.stream().filter(k -> !k.isEmpty()).map(Keys::digest).toList();
    }

    private Keys(List<byte[]> digests, boolean ignored) {
        this.digests = List.copyOf(digests);
    }

    /** Keys known only by their SHA-256 digests in hex (as {@link #digestHex} gives them), e.g. from a file. */
    public static Keys ofDigests(List<String> hexDigests) {
        return new Keys(hexDigests.stream().map(h -> HexFormat.of().parseHex(h)).toList(), true);
    }

    /** These keys and those. */
    public Keys and(Keys other) {
        List<byte[]> both = new java.util.ArrayList<>(digests);
        both.addAll(other.digests);
        return new Keys(both, true);
    }

    /** The SHA-256 digest of a key in hex: what may be stored in its place. */
    public static String digestHex(String key) {
        return HexFormat.of().formatHex(digest(key));
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] given = digest(presented);
        boolean found = false;
        for (byte[] expected : digests) {
            found |= MessageDigest.isEqual(expected, given); // no early exit: every key is compared
        }
        return found;
    }

    public int size() {
        return digests.size();
    }

    /** A short, one-way name for a key, to tell clients apart (rate limits) without keeping the key. */
    public static String fingerprint(String key) {
        return HexFormat.of().formatHex(digest(key), 0, 8);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
