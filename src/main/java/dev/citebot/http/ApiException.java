package dev.citebot.http;

import io.javalin.http.HttpStatus;

/** A request that cannot be served as sent; mapped to its status and a JSON error in one place. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
