package dev.citebot.store;

/** The shared database could not do what was asked (down, unreachable, or it refused); the message says why. */
public final class StoreUnavailable extends RuntimeException {
    StoreUnavailable(String message, Exception cause) {
        super(message, cause);
    }
}
