package dev.citebot.widget;

import dev.citebot.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The web origins allowed to call Citebot from a browser, besides Citebot's own. There is deliberately no
 * wildcard: an answer bot on an open CORS policy lets any site spend its capacity and read its documents.
 */
public final class AllowedOrigins {
    private final Set<String> origins;

    private AllowedOrigins(Set<String> origins) {
        this.origins = origins;
    }

    /** Comma-separated origins such as {@code https://docs.example.com}; blank means none. */
    public static AllowedOrigins parse(String list) {
        return new AllowedOrigins(Arrays.stream(list.split(","))
                .map(String::strip).filter(o -> !o.isEmpty())
                .map(AllowedOrigins::normalise)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public Set<String> origins() {
        return origins;
    }

    /**
     * Whether a request carrying this {@code Origin} header may be served. Same origin is judged on the
     * authority alone (host and port, against the {@code Host} header), so TLS ending at a proxy still counts.
     */
    public boolean allows(String origin, String host) {
        if (origin == null) {
            return true; // not a cross-origin browser request (curl, servers, same-origin GET)
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        if (origins.contains(normalised)) {
            return true;
        }
        String authority = authority(normalised);
        return authority != null && host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT));
    }

    static String normalise(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        o = o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
        if (!o.matches("https?://[a-z0-9.\\-\\[\\]:]+")) {
            throw new ConfigException("widget.allowed.origins: '" + origin + "' is not an origin like "
                    + "https://docs.example.com (scheme, host and optional port; no path, no wildcard)");
        }
        return o;
    }

    private static String authority(String origin) {
        try {
            return new URI(origin).getRawAuthority();
        } catch (URISyntaxException e) {
            return null; // "null" (sandboxed frames, files) and garbage are never same origin
        }
    }
}
