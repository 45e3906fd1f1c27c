package dev.citebot.api;

/** A request that cannot be served as sent; mapped to its status and a JSON error in one place. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
