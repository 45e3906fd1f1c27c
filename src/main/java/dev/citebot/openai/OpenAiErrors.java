package dev.citebot.openai;

import dev.citebot.http.ErrorShape;

/**
 * Every error under {@code /v1} in OpenAI's shape, {@code {"error": {"message", "type", "param", "code"}}}, which
 * is all its clients read: they raise {@code BadRequestError}, {@code NotFoundError}, ... from the status and show
 * the message. {@code code} is always a string (OpenAI's clients type it so), never the status.
 */
final class OpenAiErrors implements ErrorShape {
    record Body(Detail error) {
    }

    /** {@code param} and {@code code} are written even when null, as OpenAI does. */
    record Detail(String message, String type, String param, String code) {
    }

    @Override
    public Object body(int status, String error, String message, Exception cause) {
        if (cause instanceof InvalidParameter p) {
            return body(status, message, p.param(), p.code());
        }
        return body(status, message, null, code(status, error));
    }

    static Body body(int status, String message, String param, String code) {
        return new Body(new Detail(message, type(status), param, code));
    }

    /** OpenAI's error types, by status. */
    static String type(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static String code(int status, String error) {
        return switch (status) {
            case 401 -> "invalid_api_key";
            case 429 -> "rate_limit_exceeded";
            default -> error;
        };
    }
}
