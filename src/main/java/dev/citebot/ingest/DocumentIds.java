package dev.citebot.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Turns relative paths into readable, URL-safe, unique ids ("guides/Setup.md" -> "guides-setup-md"). */
public final class DocumentIds {
    private final Set<String> taken = new HashSet<>();

    String idFor(String relativePath) {
        String base = slug(relativePath);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The id a path gets when no other path took it first. */
    public static String slug(String relativePath) {
        String base = relativePath.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return base.isEmpty() ? "document" : base;
    }
}
