package dev.citebot.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HttpStatus;
import java.util.OptionalInt;

/**
 * Whole numbers a client gives in a query parameter or a JSON field, read in one way with one wording of the
 * error: a value that is not a whole number, or lies outside its range, is a 400 that names the parameter and says
 * what it must be ("'limit' must be a whole number from 1 to 1000").
 */
public final class WholeNumbers {
    private WholeNumbers() {
    }

    /** A query parameter's {@code value} as a whole number from {@code min} to {@code max}; a 400 naming {@code name}
     * when it is not. */
    public static int parse(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, rule(name, min, max));
    }

    /**
     * A JSON value as a whole number from {@code min} to {@code max} (a JSON integer, not {@code 2.0} or
     * {@code "2"}), or empty when it is not one: the caller says so in its own error shape, with {@link #rule}.
     */
    public static OptionalInt of(JsonNode value, int min, int max) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            return OptionalInt.empty();
        }
        int number = value.asInt();
        return number >= min && number <= max ? OptionalInt.of(number) : OptionalInt.empty();
    }

    /** What {@code name} must be: "'n' must be a whole number of at least 1", or "... from 1 to 1000". */
    public static String rule(String name, int min, int max) {
        return "'" + name + "' must be a whole number " + (max == Integer.MAX_VALUE ? "of at least " + min
                : "from " + min + " to " + max);
    }
}
