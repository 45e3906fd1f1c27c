package dev.citebot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web origins allowed to call Citebot from a browser: the listed ones and Citebot's own. There is
 * deliberately no wildcard: an answer bot on an open CORS policy lets any site spend its capacity and read its
 * documents.
 *
 * <p>Citebot's own origin is its public URL ({@code public.url}) when one is set. Without one, a request whose
 * {@code Origin} names the same host and port as its {@code Host} header counts as same-origin only when that
 * host is {@code localhost} or an IP address: a host name could be an attacker's, re-bound to Citebot's address
 * (DNS rebinding), and then the page and its {@code Host} header would agree.
 */
public final class AllowedOrigins {
    private static final Pattern IP_OR_LOCALHOST = Pattern.compile(
            "(localhost|[0-9]{1,3}(\\.[0-9]{1,3}){3}|\\[[0-9a-f:.]+])(:[0-9]{1,5})?");

    private final Set<String> origins;
    private final String publicOrigin;

    private AllowedOrigins(Set<String> origins, String publicOrigin) {
        this.origins = origins;
        this.publicOrigin = publicOrigin;
    }

    /** Comma-separated origins such as {@code https://docs.example.com}; blank means none. No public URL. */
    public static AllowedOrigins parse(String list) {
        return parse(list, "");
    }

    /** As {@link #parse(String)}, with Citebot's public URL ({@code https://bot.example.com}; blank: none). */
    public static AllowedOrigins parse(String list, String publicUrl) {
        return new AllowedOrigins(Arrays.stream(list.split(","))
                .map(String::strip).filter(o -> !o.isEmpty())
                .map(o -> normalise("widget.allowed.origins", o))
                .collect(Collectors.toUnmodifiableSet()),
                publicUrl.isBlank() ? null : publicOrigin(publicUrl.strip()));
    }

    public Set<String> origins() {
        return origins;
    }

    /** Whether a request carrying this {@code Origin} header may be served (see the class comment). */
    public boolean allows(String origin, String host) {
        if (origin == null) {
            return true; // not a cross-origin browser request (curl, servers, same-origin GET)
        }
        return listed(origin) || sameOrigin(origin, host);
    }

    /** Whether the origin is one of the listed ones or Citebot's public URL (never judged from {@code Host}). */
    public boolean listed(String origin) {
        if (origin == null) {
            return false;
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        return origins.contains(normalised) || normalised.equals(publicOrigin);
    }

    private static boolean sameOrigin(String origin, String host) {
        String authority = authority(origin.strip().toLowerCase(Locale.ROOT));
        if (authority == null || host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return authority.equals(h) && IP_OR_LOCALHOST.matcher(h).matches();
    }

    static String normalise(String key, String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        o = o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
        if (!o.matches("https?://[a-z0-9.\\-\\[\\]:]+")) {
            throw new ConfigException(key + ": '" + origin + "' is not an origin like "
                    + "https://docs.example.com (scheme, host and optional port; no path, no wildcard)");
        }
        return o;
    }

    /** The origin of a URL that may have a path ({@code https://example.com/citebot/} gives the scheme and host). */
    private static String publicOrigin(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw new URISyntaxException(url, "no scheme or host");
            }
            return normalise("public.url", uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (URISyntaxException e) {
            throw new ConfigException("public.url: '" + url + "' is not a URL like https://bot.example.com");
        }
    }

    private static String authority(String origin) {
        try {
            return new URI(origin).getRawAuthority();
        } catch (URISyntaxException e) {
            return null; // "null" (sandboxed frames, files) and garbage are never same origin
        }
    }
}
