package dev.citebot.security;

import io.javalin.http.Context;

/** The key a request presents: {@code Authorization: Bearer KEY}, else {@code X-Api-Key: KEY}; null if none. */
final class Credentials {
    private Credentials() {
    }

    static String presented(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).strip();
            return key.isEmpty() ? null : key;
        }
        String header = ctx.header("X-Api-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }
}
