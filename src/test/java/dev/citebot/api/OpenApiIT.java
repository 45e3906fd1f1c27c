package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.http.ApiServer;
import dev.citebot.http.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.embed.Embedder;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import io.javalin.Javalin;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /openapi.json is a valid OpenAPI 3 document, describes every route, refusal and key, and the server keeps to it. */
class OpenApiIT {
    @TempDir
    static Path data;
    private static App app;
    private static String text;
    private static JsonNode document;
    private static DescribedResponses described;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_DATA_DIR", data.toString()));
        Http.Reply reply = new Http(app.port()).get("/openapi.json");
        text = reply.body();
        document = reply.json();
        described = new DescribedResponses(text, document);
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

    @Test
    void anOpenApiParserReadsTheDocumentWithoutAnyMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertNotNull(parsed.getOpenAPI());
        assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
    }

    @Test
    void everyObjectSchemaSaysWhichOfItsFieldsAreRequired() {
        List<String> open = new ArrayList<>();
        collectSchemasWithoutRequired("#", document, open);
        assertEquals(List.of(), open, "schemas with properties but no 'required'");
    }

    @Test
    void everyApiOperationDescribesTheRefusalsOfTheKeyOriginAndRateChecks() {
        List<String> missing = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(op -> {
                    for (String status : List.of("401", "403", "429")) {
                        if (!op.getValue().get("responses").has(status)) {
                            missing.add(op.getKey() + " " + path.getKey() + " " + status);
                        }
                    }
                });
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void operationsNameTheSecuritySchemesThatApplyToThem() {
        JsonNode schemes = document.get("components").get("securitySchemes");
        assertNotNull(schemes, "no securitySchemes");
        assertEquals("bearer", schemes.get("apiKey").get("scheme").asText());
        assertEquals("X-Api-Key", schemes.get("apiKeyHeader").get("name").asText());
        assertEquals("bearer", schemes.get("adminKey").get("scheme").asText());
        assertEquals("X-Slack-Signature", schemes.get("slackSignature").get("name").asText());
        assertEquals(Set.of("apiKey", "apiKeyHeader", ""), schemesOf("post", "/api/ask"));
        assertEquals(Set.of("apiKey", "apiKeyHeader", ""), schemesOf("get", "/api/documents/{id}"));
        assertEquals(Set.of("adminKey"), schemesOf("post", "/api/admin/reindex"));
        assertEquals(Set.of("adminKey"), schemesOf("get", "/api/feedback"));
        assertEquals(Set.of("adminKey", ""), schemesOf("get", "/metrics"));
        assertEquals(Set.of("slackSignature"), schemesOf("post", "/slack/events"));
        List<String> unknown = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (String scheme : schemesOf(op.getKey(), path.getKey())) {
                if (!scheme.isEmpty() && !schemes.has(scheme)) {
                    unknown.add(op.getKey() + " " + path.getKey() + " " + scheme);
                }
            }
        }));
        assertEquals(List.of(), unknown, "security names a scheme that is not defined");
    }

    @Test
    void answersQuestionsDocumentsHealthAndErrorsAsTheirSchemasSay() {
        Http http = new Http(app.port());
        String id = http.get("/api/documents").json().get("documents").get(0).get("id").asText();
        List<String> problems = new ArrayList<>();
        problems.addAll(described.problems("POST", "/api/ask",
                http.postJson("/api/ask", "{\"question\": \"When was President Bazoum ousted?\"}")));
        problems.addAll(described.problems("POST", "/api/ask",
                http.postJson("/api/ask", "{\"question\": \"What is the capital of Australia?\"}")));
        problems.addAll(described.problems("POST", "/api/ask", http.postJson("/api/ask", "{\"question\": \" \"}")));
        problems.addAll(described.problems("POST", "/api/search", http.postJson("/api/search", "{\"query\": \"uranium\"}")));
        problems.addAll(described.problems("GET", "/api/documents", http.get("/api/documents")));
        problems.addAll(described.problems("GET", "/api/documents/{id}", http.get("/api/documents/" + id)));
        problems.addAll(described.problems("GET", "/api/documents/{id}", http.get("/api/documents/no-such-id")));
        problems.addAll(described.problems("GET", "/ready", http.get("/ready")));
        problems.addAll(described.problems("GET", "/health", http.get("/health")));
        problems.addAll(described.problems("GET", "/api/widget/config", http.get("/api/widget/config")));
        problems.addAll(described.problems("POST", "/api/feedback", http.postJson("/api/feedback",
                "{\"rating\": \"up\", \"question\": \"q?\", \"answer\": \"a.\"}")));
        problems.addAll(described.problems("GET", "/api/documents", http.send(request(app, "/api/documents")
                .header("Origin", "https://elsewhere.example"))));
        problems.addAll(described.problems("POST", "/api/admin/reindex", http.send(request(app, "/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.noBody()))));
        assertEquals(List.of(), problems);
    }

    @Test
    void aBodyWithoutTheFieldsItsSchemaRequiresIsReported() {
        Http.Reply health = new Http(app.port()).get("/health");
        List<String> problems = described.problems("POST", "/api/ask", health);
        assertTrue(problems.stream().anyMatch(p -> p.contains("answerable")), problems.toString());
    }

    @Test
    void refusalsForAMissingKeyAndTheRateLimitAreAsTheirSchemasSay() {
        try (App keyed = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_DATA_DIR", data.toString(),
                "CITEBOT_API_KEYS", "the-key", "CITEBOT_ADMIN_KEY", "the-admin-key",
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "2"))) {
            Http http = new Http(keyed.port());
            List<String> problems = new ArrayList<>();
            problems.addAll(described.problems("GET", "/api/documents", http.get("/api/documents")));
            problems.addAll(described.problems("GET", "/api/feedback", http.send(request(keyed, "/api/feedback")
                    .header("Authorization", "Bearer the-admin-key"))));
            problems.addAll(described.problems("GET", "/api/feedback", http.send(request(keyed, "/api/feedback")
                    .header("X-Api-Key", "the-key"))));
            problems.addAll(described.problems("POST", "/api/ask", http.send(request(keyed, "/api/ask")
                    .header("X-Api-Key", "the-key").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"uranium?\"}")))));
            Http.Reply limited = http.send(request(keyed, "/api/documents").header("X-Api-Key", "the-key"));
            for (int i = 0; i < 2 && limited.status() != 429; i++) { // the key's bucket holds two requests
                limited = http.send(request(keyed, "/api/documents").header("X-Api-Key", "the-key"));
            }
            assertEquals(429, limited.status());
            problems.addAll(described.problems("GET", "/api/documents", limited));
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void readyWhileLoadingIsAsItsSchemaSays() {
        CitebotConfig config = Citebots.config(Citebots.SEEDS, Map.of());
        // a model that never loads: nothing native runs, so nothing is left loading when the test ends
        Pipeline pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()),
                Embedder.whenLoaded(new CompletableFuture<>(), "all-minilm-l6-v2-q"));
        Javalin server = ApiServer.create(1024, List.of(new HealthRoutes(pipeline, Citebots.SEEDS))).start("127.0.0.1", 0);
        try {
            Http.Reply loading = new Http(server.port()).get("/ready");
            assertEquals(503, loading.status());
            assertEquals(List.of(), described.problems("GET", "/ready", loading));
        } finally {
            server.stop();
        }
        JsonNode ready = document.get("components").get("schemas").get("Ready");
        assertTrue(ready.get("properties").has("indexed_at"), ready.toString());
    }

    private static HttpRequest.Builder request(App app, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    }

    /** The schemes an operation accepts; "" when it may be called without any. */
    private static Set<String> schemesOf(String method, String path) {
        Set<String> names = new HashSet<>();
        JsonNode security = document.get("paths").get(path).get(method).get("security");
        if (security == null) {
            return names;
        }
        security.forEach(alternative -> {
            if (alternative.isEmpty()) {
                names.add("");
            }
            alternative.fieldNames().forEachRemaining(names::add);
        });
        return names;
    }

    private static void collectSchemasWithoutRequired(String where, JsonNode node, List<String> open) {
        if (node.isObject() && node.has("properties") && node.get("properties").isObject()
                && !node.has("required")) {
            open.add(where);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collectSchemasWithoutRequired(where + "/" + field.getKey(), field.getValue(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSchemasWithoutRequired(where + "/" + i, node.get(i), open);
            }
        }
    }
}
