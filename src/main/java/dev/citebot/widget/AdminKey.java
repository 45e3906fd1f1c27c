package dev.citebot.widget;

import dev.citebot.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Checks the {@code Authorization: Bearer KEY} of admin requests against the configured admin key. */
final class AdminKey {
    private final byte[] expected;

    AdminKey(String key) {
        this.expected = key.isEmpty() ? null : digest(key);
    }

    /** Throws 403 when no admin key is configured, 401 when the request's key is missing or wrong. */
    void require(String authorization) {
        if (expected == null) {
            throw new ApiException(403, "admin endpoints are disabled; set CITEBOT_ADMIN_KEY to enable them");
        }
        String given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip() : "";
        // Digests have one length, so comparing them in constant time also hides the key's length.
        if (given.isEmpty() || !MessageDigest.isEqual(expected, digest(given))) {
            throw new ApiException(401, "send the admin key as 'Authorization: Bearer KEY'");
        }
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
