package dev.citebot.http;

/**
 * The body of an error for routes whose clients read another shape than {@link ApiError}: OpenAI's clients,
 * for example, read {@code {"error": {...}}} and nothing else. A front door declares it for its path prefix
 * ({@link Routes#errorShapes()}); {@link ErrorHandling} picks it by the request's path, whatever raised the error.
 */
@FunctionalInterface
public interface ErrorShape {
    /**
     * @param cause what was thrown (a subclass may carry more, e.g. the request field at fault), or null when
     *              the error is only a status (an unknown route, a wrong method)
     */
    Object body(int status, String error, String message, Exception cause);
}
