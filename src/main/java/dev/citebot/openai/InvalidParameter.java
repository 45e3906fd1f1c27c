package dev.citebot.openai;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;

/**
 * A request field Citebot refuses (400), named so that OpenAI's clients can show which one: OpenAI's errors carry
 * the field in {@code param} and a reason in {@code code}, and its clients raise them as {@code BadRequestError}.
 * An unknown model is one too, with OpenAI's 404.
 */
final class InvalidParameter extends ApiException {
    /** The field is one Citebot cannot honour at all (tools, logprobs, ...). */
    static final String UNSUPPORTED_PARAMETER = "unsupported_parameter";
    /** The field is honoured, but not with that value (n above 1, a JSON response format, ...). */
    static final String UNSUPPORTED_VALUE = "unsupported_value";
    /** The value is wrong whoever answers (a negative max_tokens, a string where a number goes). */
    static final String INVALID_VALUE = "invalid_value";

    private final String param;
    private final String code;

    /** The model's id is not Citebot's: what OpenAI answers with {@code model_not_found}. */
    static final String MODEL_NOT_FOUND = "model_not_found";

    InvalidParameter(String param, String code, String message) {
        this(HttpStatus.BAD_REQUEST, param, code, message);
    }

    private InvalidParameter(HttpStatus status, String param, String code, String message) {
        super(status, message);
        this.param = param;
        this.code = code;
    }

    static InvalidParameter unknownModel(String id) {
        return new InvalidParameter(HttpStatus.NOT_FOUND, "model", MODEL_NOT_FOUND,
                "The model '" + id + "' does not exist; GET /v1/models lists Citebot's models ('" + Completions.MODEL
                        + "' and '" + Completions.MODEL + ":COLLECTION')");
    }

    String param() {
        return param;
    }

    String code() {
        return code;
    }
}
