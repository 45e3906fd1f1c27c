package dev.citebot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.citebot.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a real response against what {@code /openapi.json} says of its operation and status, with an OpenAPI
 * 3.0 schema validator (networknt), so that a schema that drifts from the code fails a test.
 */
public final class DescribedResponses {
    private static final String BASE = "https://citebot.invalid/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;

    public DescribedResponses(String documentText, JsonNode document) {
        this.document = document;
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(BASE, documentText)));
    }

    /** What is wrong with this reply to {@code method path}: empty when its status and body are as described. */
    public List<String> problems(String method, String path, Http.Reply reply) {
        String op = method.toLowerCase(Locale.ROOT);
        String where = method + " " + path + " " + reply.status();
        String at = "/paths/" + escape(path) + "/" + op + "/responses/" + reply.status();
        JsonNode response = document.at(at);
        if (response.has("$ref")) { // a shared response, e.g. #/components/responses/RateLimited
            at = response.get("$ref").asText().substring(1);
            response = document.at(at);
        }
        if (response.isMissingNode()) {
            return List.of(where + ": this status is not described");
        }
        if (!response.path("content").path("application/json").has("schema")) {
            return List.of(where + ": no application/json schema is described");
        }
        String type = reply.raw().headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            return List.of(where + ": sent " + type + ", described as application/json");
        }
        String pointer = at + "/content/application~1json/schema";
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + URLEncoder.encode(pointer,
                StandardCharsets.UTF_8).replace("%2F", "/").replace("%7E", "~")));
        return schema.validate(reply.json()).stream().map(error -> where + ": " + error + " in " + reply.body())
                .toList();
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
