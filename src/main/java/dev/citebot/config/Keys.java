package dev.citebot.config;

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
