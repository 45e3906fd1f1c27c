package dev.citebot.pipeline;

/** The index is still being built. */
public final class NotReadyException extends RuntimeException {
    public NotReadyException() {
        super("the index is still being built");
    }
}
