package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    private static App app;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of());
        document = new Http(app.port()).get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theDocumentIsOpenApi3WithSchemas() {
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertTrue(document.get("components").get("schemas").has("Answer"));
        assertTrue(document.get("components").get("schemas").has("ApiError"));
    }

    @Test
    void everyRouteTheServerAnswersIsDescribed() {
        assertTrue(app.endpoints().contains("POST /api/ask"), app.endpoints().toString());
        List<String> undocumented = new ArrayList<>();
        for (String endpoint : app.endpoints()) {
            String[] parts = endpoint.split(" ", 2);
            String method = parts[0].toLowerCase(Locale.ROOT);
            if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                continue;
            }
            JsonNode path = document.get("paths").get(parts[1]);
            if (path == null || !path.has(method)) {
                undocumented.add(endpoint);
            }
        }
        assertEquals(List.of(), undocumented, "routes missing from /openapi.json");
    }

    @Test
    void everyDescribedOperationHasResponsesAndJsonBodiesHaveSchemas() {
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            assertTrue(op.getValue().has("responses"), path.getKey() + " " + op.getKey());
            JsonNode body = op.getValue().get("requestBody");
            if (body != null && body.get("content").has("application/json")) {
                assertTrue(body.get("content").get("application/json").has("schema"), path.getKey());
            }
        }));
    }
}
