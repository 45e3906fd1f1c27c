package dev.citebot.http;

/**
 * An error Jetty answers before any route runs: a request it cannot parse or will not route (a bad URI, headers
 * or a URI too large, a broken request line). No Javalin handler sees it, so each front door that adds headers
 * to every response or records every request does so here too ({@link Routes#earlyError(EarlyError)}).
 */
public interface EarlyError {
    /** The method as sent, or {@code "-"} when the request line could not be read. */
    String method();

    /** The path as sent (still encoded), or {@code "-"} when it could not be read. */
    String path();

    int status();

    /** A request header, or null (also when the headers could not be read). */
    String requestHeader(String name);

    /** Sets a header on the error response. */
    void header(String name, String value);
}
