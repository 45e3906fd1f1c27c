package dev.citebot.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Citebot's two JSON mappings, each set up once here and shared (a mapper is safe to share once configured, and
 * costly to build): the API's, and a plain one for formats Citebot does not define (Slack's payloads, OpenAPI).
 */
public final class Json {
    private static final ObjectMapper API = api();
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();

    private Json() {
    }

    /**
     * The JSON mapping of every front door: snake_case names, unknown fields ignored. Strict otherwise: a number
     * is not taken for text, and a body with duplicate keys or anything after its JSON value is refused (400).
     */
    public static ObjectMapper mapper() {
        return API;
    }

    /** Jackson's defaults: the names as they are in the Java records, for other parties' formats. */
    public static ObjectMapper plain() {
        return PLAIN;
    }

    private static ObjectMapper api() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
