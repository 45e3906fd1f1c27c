package dev.citebot.widget;

import io.javalin.http.HttpStatus;
import dev.citebot.http.Role;
import dev.citebot.http.ApiException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The widget's files, read from the jar once: {@code /widget.js}, the files under {@code /widget/}, the demo
 * page's icon at {@code /favicon.ico} (where browsers look for it), the admin page at {@code /admin}, and the demo
 * page at {@code /}; both pages are served with a strict Content-Security-Policy to prove the widget needs
 * no inline code, no eval and no HTML sinks (Trusted Types would throw on any innerHTML).
 */
final class WidgetAssets {
    static final String DEMO_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
            + "require-trusted-types-for 'script'; trusted-types 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "ico", "image/x-icon");

    private final Map<String, Asset> files;
    private final Asset widget;
    private final Asset demo;
    private final Asset icon;
    private final Asset admin;

    WidgetAssets() {
        this.widget = load("widget.js");
        this.demo = load("demo.html");
        this.icon = load("favicon.ico");
        this.admin = load("admin.html");
        this.files = Map.of("widget.css", load("widget.css"), "demo.css", load("demo.css"), "demo.js", load("demo.js"),
                "admin.css", load("admin.css"), "admin.js", load("admin.js"));
    }

    void register(JavalinConfig config) {
        config.routes.get("/", ctx -> send(ctx.header("Content-Security-Policy", DEMO_CSP), demo), Role.PUBLIC);
        // The admin page holds no data: it is public, and every call it makes needs the admin key.
        config.routes.get("/admin", ctx -> send(ctx.header("Content-Security-Policy", DEMO_CSP), admin), Role.PUBLIC);
        config.routes.get("/widget.js", ctx -> send(ctx.header("Cross-Origin-Resource-Policy", "cross-origin"), widget), Role.PUBLIC);
        config.routes.get("/widget/{file}", this::file, Role.PUBLIC);
        config.routes.get("/favicon.ico", ctx -> send(ctx, icon), Role.PUBLIC);
    }

    void file(Context ctx) {
        Asset asset = files.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no such widget file");
        }
        send(ctx, asset);
    }

    // "no-cache" with an ETag: browsers revalidate, so a new release reaches every embedding page at once.
    // The 304 repeats the real content type: browsers merge it into the cached copy, and with nosniff a
    // script whose type turned into text/plain would no longer run.
    private static void send(Context ctx, Asset asset) {
        ctx.header("Cache-Control", "no-cache").header("ETag", asset.etag()).contentType(asset.type());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.result(asset.bytes());
    }

    private static Asset load(String name) {
        try (InputStream in = WidgetAssets.class.getResourceAsStream("/widget/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/widget/" + name + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8) + "\"";
            return new Asset(TYPES.get(name.substring(name.lastIndexOf('.') + 1)), bytes, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Asset(String type, byte[] bytes, String etag) {
    }
}
