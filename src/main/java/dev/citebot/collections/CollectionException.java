package dev.citebot.collections;

/** A request about collections or their documents that cannot be served, and why (the message is for people). */
public final class CollectionException extends RuntimeException {
    /** What kind of refusal: the HTTP layer turns each into its status. */
    public enum Kind {
        /** A name or file that breaks the rules (400). */
        INVALID,
        /** No such collection or document (404). */
        NOT_FOUND,
        /** It exists already, or it cannot be changed this way (409). */
        CONFLICT,
        /** A file type uploads do not take (415). */
        UNSUPPORTED
    }

    private final Kind kind;

    public CollectionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
