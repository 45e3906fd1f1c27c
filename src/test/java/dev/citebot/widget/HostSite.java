package dev.citebot.widget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Somebody else's web site on its own port (so its own origin), embedding Citebot with the one-line tag.
 * {@code /?citebot=ORIGIN} is a page with hostile CSS ({@code /de?citebot=ORIGIN} the same in German, and
 * {@code /pt?...} in any other language given by its two-letter code);
 * {@code /strict?citebot=ORIGIN} is a page whose
 * Content-Security-Policy allows scripts and connections from Citebot's origin only.
 */
final class HostSite implements AutoCloseable {
    // Rules a careless or hostile host page might have; none may reach inside the widget.
    static final String HOSTILE_CSS = "* { color: #ff00ff !important; font-family: serif !important; }"
            + " button { background: #00ff00 !important; border-radius: 0 !important; }"
            + " mark { background: none !important; } section, div { display: block !important; }";
    static final String TAG_ATTRIBUTES = "data-title=\"Ask the host\" data-color=\"#0f766e\" data-position=\"left\" "
            + "data-greeting=\"Hello from the host site.\"";

    private final HttpServer server;
    private final String attributes;

    HostSite() {
        this(TAG_ATTRIBUTES);
    }

    /** A site whose script tag carries these attributes (e.g. {@code data-collection="hr"}). */
    HostSite(String attributes) {
        this.attributes = attributes;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::page);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String page(CitebotServer citebot) {
        return origin() + "/?citebot=" + citebot.origin();
    }

    /** The hostile page, in German ({@code <html lang="de">}). */
    String germanPage(CitebotServer citebot) {
        return origin() + "/de?citebot=" + citebot.origin();
    }

    /** The hostile page in a language ({@code <html lang="pt">}). */
    String pageIn(String language, CitebotServer citebot) {
        return origin() + "/" + language + "?citebot=" + citebot.origin();
    }

    String strictPage(CitebotServer citebot) {
        return origin() + "/strict?citebot=" + citebot.origin();
    }

    private void page(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String citebot = uri.getQuery() == null ? "" : uri.getQuery().replaceFirst("^citebot=", "");
        if (!citebot.matches("http://127\\.0\\.0\\.1:\\d+")) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        boolean strict = uri.getPath().equals("/strict");
        String lang = uri.getPath().matches("/[a-z]{2}") ? uri.getPath().substring(1) : "en";
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>A host site</title>"
                + (strict ? "" : "<style>" + HOSTILE_CSS + "</style>")
                + "</head><body><h1>A host site</h1><p>Its own content.</p>"
                + "<script src=\"" + citebot + "/widget.js\" " + (strict ? "" : attributes) + " async></script>"
                + "</body></html>";
        if (strict) {
            exchange.getResponseHeaders().add("Content-Security-Policy",
                    "default-src 'none'; script-src " + citebot + "; connect-src " + citebot);
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
