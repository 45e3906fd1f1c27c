package dev.citebot.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.api.DescribedResponses;
import dev.citebot.support.Citebots;
import dev.citebot.support.HostileFiles;
import dev.citebot.support.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections and the upload API against one real Citebot (real model, the real isolated parser, files made
 * here): each test works in collections of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionsIT {
    static final String OKAPIS = "Okapi handbook\n\nOkapis live in the Ituri rainforest of the Congo. "
            + "An adult okapi weighs about 250 kilograms.\n";
    static final String OKAPI_QUESTION = "Where do okapis live?";
    private static final long UPLOAD_MAX = 3_000_000;
    private Path data;
    private App app;
    private Uploads api;

    @BeforeAll
    void start(@TempDir Path tmp) {
        data = tmp.resolve("data");
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_ADMIN_KEY", Uploads.ADMIN,
                "CITEBOT_DATA_DIR", data.toString(), "CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_UPLOAD_MAX_BYTES", Long.toString(UPLOAD_MAX),
                "CITEBOT_COLLECTIONS_KEYS", "people:people-key",
                "CITEBOT_COLLECTIONS_ORIGINS", "widgeted:https://widgeted.example.com",
                "CITEBOT_INGEST_PARSE_TIMEOUT_SECONDS", "20"));
        api = new Uploads(app.port());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void collectionsAreCreatedListedAndDeletedAndBadNamesAreRefused() {
        Http.Reply created = api.create("{\"name\": \"alpha\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("alpha", created.json().path("name").asText());

        assertEquals(409, api.create("{\"name\": \"alpha\"}").status());
        for (String bad : List.of("Alpha", "al_pha", "a b", "../x", "", "x".repeat(65))) {
            Http.Reply refused = api.create(Http.json(Map.of("name", bad)));
            assertEquals(400, refused.status(), bad);
            assertFalse(refused.json().path("message").asText().isBlank());
        }
        assertEquals(201, api.create(Http.json(Map.of("name", "a-" + "x".repeat(62)))).status(), "64 characters");
        assertEquals(401, api.send(api.request("/api/collections", "wrong").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"beta\"}"))).status());

        JsonNode listed = api.get("/api/collections").json().path("collections");
        assertEquals("default", listed.get(0).path("name").asText());
        assertTrue(listed.get(0).path("documents").asInt() > 0, listed.toString());
        assertTrue(names(listed).contains("alpha"), listed.toString());

        Http.Reply keepDefault = api.delete("/api/collections/default");
        assertEquals(409, keepDefault.status());
        assertTrue(keepDefault.json().path("message").asText().contains("cannot be deleted"));
        assertTrue(Files.isDirectory(data.resolve("collections/alpha")));
        assertEquals(200, api.delete("/api/collections/alpha").status());
        assertFalse(Files.exists(data.resolve("collections/alpha")), "all its data is gone");
        assertFalse(names(api.get("/api/collections").json().path("collections")).contains("alpha"));
        assertEquals(404, api.delete("/api/collections/alpha").status());
        assertEquals(404, api.ask("alpha", OKAPI_QUESTION, null).status());
    }

    @Test
    void anUploadedFileIsCitedInItsCollectionAndNotInTheDefaultOne() {
        assertEquals(201, api.create("{\"name\": \"zoo\"}").status());
        Http.Reply upload = api.upload("zoo", Map.of("okapi handbook.txt", OKAPIS.getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, upload.status(), upload.body());
        JsonNode doc = upload.json().path("documents").get(0);
        assertEquals("okapi handbook.txt", doc.path("name").asText());
        String id = doc.path("id").asText();
        assertEquals("ready", api.settled(doc.path("status_url").asText()).path("status").asText());

        JsonNode answer = api.ask("zoo", OKAPI_QUESTION, null).json();
        assertTrue(Uploads.cites(answer, id), answer.toString());
        assertTrue(answer.path("answer").asText().contains("Ituri"), answer.toString());
        JsonNode fromDefault = api.ask(null, OKAPI_QUESTION, null).json();
        assertFalse(Uploads.cites(fromDefault, id), fromDefault.toString());
        assertFalse(fromDefault.path("answer").asText().contains("Ituri"), fromDefault.toString());

        JsonNode hits = api.post("/api/search", "{\"query\": \"okapi rainforest\", \"collection\": \"zoo\"}", null)
                .json().path("results");
        assertEquals(id, hits.get(0).path("document_id").asText(), hits.toString());
        assertEquals(id, api.get("/api/documents?collection=zoo").json().path("documents").get(0).path("id").asText());
        assertTrue(api.get("/api/documents/" + id + "?collection=zoo").json().path("text").asText().contains("Ituri"));
        assertEquals(404, api.get("/api/documents/" + id).status(), "not in the default collection");
        String stream = api.post("/api/ask/stream", "{\"question\": \"Where do okapis live?\", \"collection\": \"zoo\"}",
                null).body();
        assertTrue(stream.contains("event: answer") && stream.contains(id), stream);

        for (Http.Reply unknown : List.of(api.ask("nowhere", OKAPI_QUESTION, null),
                api.post("/api/search", "{\"query\": \"okapi\", \"collection\": \"nowhere\"}", null),
                api.post("/api/ask/stream", "{\"question\": \"okapi?\", \"collection\": \"nowhere\"}", null),
                api.get("/api/documents?collection=nowhere"), api.get("/api/collections/nowhere/documents"))) {
            assertEquals(404, unknown.status(), unknown.body());
            assertTrue(unknown.json().path("message").asText().contains("no collection named 'nowhere'"), unknown.body());
        }
    }

    @Test
    void aRawUploadIsReplacedByPutAndARemovedDocumentLeavesTheAnswersAtOnce() {
        assertEquals(201, api.create("{\"name\": \"ops\"}").status());
        Http.Reply upload = api.uploadRaw("ops", "POST", "?filename=runbook.txt", "text/plain",
                "Runbook\n\nThe backup job of the billing database runs every night at 02:00 UTC.\n");
        assertEquals(202, upload.status(), upload.body());
        JsonNode doc = upload.json().path("documents").get(0);
        String id = doc.path("id").asText();
        String url = doc.path("status_url").asText();
        assertEquals("ready", api.settled(url).path("status").asText());
        assertTrue(api.ask("ops", "When does the billing backup run?", null).json().path("answer").asText()
                .contains("02:00"));

        Http.Reply replaced = api.uploadRaw("ops", "PUT", "/" + id + "?filename=runbook.txt", "text/plain",
                "Runbook\n\nThe backup job of the billing database runs every night at 04:30 UTC.\n");
        assertEquals(202, replaced.status(), replaced.body());
        assertEquals(id, replaced.json().path("id").asText(), "a replacement keeps its id");
        JsonNode after = dev.citebot.support.Poll.until(java.time.Duration.ofSeconds(60), "the new version answers",
                () -> api.ask("ops", "When does the billing backup run?", null).json(),
                a -> a.path("answer").asText().contains("04:30"));
        assertFalse(after.toString().contains("02:00"), after.toString());
        assertEquals("ready", api.settled(url).path("status").asText());

        assertEquals(200, api.delete(url).status());
        JsonNode gone = api.ask("ops", "When does the billing backup run?", null).json();
        assertFalse(Uploads.cites(gone, id), "gone from answers when DELETE returns: " + gone);
        assertFalse(gone.toString().contains("04:30"), gone.toString());
        assertEquals(404, api.get(url).status());
        assertEquals(0, api.get("/api/collections/ops/documents").json().path("documents").size());
        assertEquals(404, api.delete(url).status());
    }

    @Test
    void anUploadOverTheLimitGets413AndNothingIsStored() throws Exception {
        assertEquals(201, api.create("{\"name\": \"big\"}").status());
        byte[] large = "All work and no play. ".repeat((int) (UPLOAD_MAX / 10)).getBytes(StandardCharsets.UTF_8);

        Http.Reply refused = api.upload("big", Map.of("large.txt", large));

        assertEquals(413, refused.status(), refused.body());
        assertEquals(0, api.get("/api/collections/big/documents").json().path("documents").size());
        try (Stream<Path> files = Files.walk(data.resolve("collections/big"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("collection.json")).toList());
        }
    }

    @Test
    void uploadsToDefaultAndOfOtherTypesAreRefusedClearly() {
        Http.Reply toDefault = api.upload("default", Map.of("a.txt", "Some text.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(409, toDefault.status());
        assertTrue(toDefault.json().path("message").asText().contains("seeds folder"), toDefault.body());
        assertEquals(201, api.create("{\"name\": \"types\"}").status());
        Http.Reply exe = api.upload("types", Map.of("tool.exe", new byte[] {77, 90, 0, 1}));
        assertEquals(415, exe.status(), exe.body());
        assertEquals(0, api.get("/api/collections/types/documents").json().path("documents").size());
        Http.Reply sneaky = api.upload("types", Map.of("../../etc/passwd.txt", "x marks the spot".getBytes()));
        assertEquals(202, sneaky.status(), sneaky.body());
        assertEquals("../../etc/passwd.txt", sneaky.json().path("documents").get(0).path("name").asText());
        api.settled(sneaky.json().path("documents").get(0).path("status_url").asText());
        assertFalse(Files.exists(data.resolve("etc")) || Files.exists(data.resolve("collections/etc")));
    }

    @Test
    void aZipBombFailsAloneWithItsReasonWhileQuestionsKeepBeingAnswered(@TempDir Path tmp) throws Exception {
        assertEquals(201, api.create("{\"name\": \"hostile\"}").status());
        byte[] bomb = Files.readAllBytes(HostileFiles.zipBomb(tmp.resolve("bomb.docx"), 100));
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean asking = new AtomicBoolean(true);
        Thread askers = new Thread(() -> {
            while (asking.get()) {
                Http.Reply reply = api.ask(null, "When was President Bazoum ousted?", null);
                if (reply.status() != 200) {
                    failures.add(reply.status() + " " + reply.body());
                }
            }
        });
        askers.start();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("handbook.docx", bomb);
        files.put("okapis.txt", OKAPIS.getBytes(StandardCharsets.UTF_8));
        Http.Reply upload;
        List<JsonNode> settled = new ArrayList<>();
        try {
            upload = api.upload("hostile", files);
            assertEquals(202, upload.status(), upload.body());
            for (JsonNode doc : upload.json().path("documents")) {
                settled.add(api.settled(doc.path("status_url").asText()));
            }
        } finally {
            asking.set(false);
            askers.join();
        }
        assertEquals("failed", settled.get(0).path("status").asText(), settled.toString());
        String reason = settled.get(0).path("reason").asText();
        assertTrue(reason.matches(".*(longer than|memory|crashed|cannot parse|took longer).*"), reason);
        assertFalse(reason.contains("\tat "), reason);
        assertEquals("ready", settled.get(1).path("status").asText(), settled.toString());
        assertEquals(List.of(), failures, "questions answered all along");
        assertTrue(Uploads.cites(api.ask("hostile", OKAPI_QUESTION, null).json(), settled.get(1).path("id").asText()));
    }

    @Test
    void aCollectionsKeyReadsItsCollectionOnlyAndGlobalReadersKeepTheirs() {
        assertEquals(201, api.create("{\"name\": \"finance\", \"keys\": [\"finance-key\"]}").status());
        assertEquals(201, api.create("{\"name\": \"people\"}").status()); // its key comes from collections.keys
        for (String name : List.of("finance", "people")) {
            JsonNode doc = api.upload(name, Map.of("okapis.txt", OKAPIS.getBytes(StandardCharsets.UTF_8)))
                    .json().path("documents").get(0);
            api.settled(doc.path("status_url").asText());
        }

        assertEquals(200, api.ask("finance", OKAPI_QUESTION, "finance-key").status());
        assertEquals(200, api.ask("people", OKAPI_QUESTION, "people-key").status());
        Http.Reply crossed = api.ask("people", OKAPI_QUESTION, "finance-key");
        assertEquals(403, crossed.status(), crossed.body());
        assertTrue(crossed.json().path("message").asText().contains("'people'"), crossed.body());
        assertEquals(403, api.ask("finance", OKAPI_QUESTION, "people-key").status());
        assertEquals(403, api.ask(null, OKAPI_QUESTION, "finance-key").status(), "nor the default collection");
        assertEquals(403, api.get("/api/collections/people/documents", "finance-key").status());
        assertEquals(401, api.ask("finance", OKAPI_QUESTION, null).status(), "a keyed collection needs a key");
        assertEquals(200, api.ask("finance", OKAPI_QUESTION, Uploads.ADMIN).status(), "the admin key reads all");
        assertEquals(200, api.ask(null, OKAPI_QUESTION, null).status(), "default stays open");

        assertEquals(List.of("finance"), names(api.get("/api/collections", "finance-key").json().path("collections")));
        JsonNode models = api.get("/v1/models", "finance-key").json().path("data");
        assertEquals(1, models.size(), models.toString());
        assertEquals("citebot:finance", models.get(0).path("id").asText());
        assertEquals(403, api.post("/v1/chat/completions", "{\"model\": \"citebot:people\", \"messages\": "
                + "[{\"role\": \"user\", \"content\": \"Where do okapis live?\"}]}", "finance-key").status());
    }

    @Test
    void openAiModelsAreOnePerCollectionAndCitebotColonNameAsksThatCollectionAndAnswersInItsName() {
        assertEquals(201, api.create("{\"name\": \"wildlife\"}").status());
        JsonNode doc = api.upload("wildlife", Map.of("okapis.txt", OKAPIS.getBytes(StandardCharsets.UTF_8)))
                .json().path("documents").get(0);
        api.settled(doc.path("status_url").asText());

        List<String> ids = new ArrayList<>();
        api.get("/v1/models").json().path("data").forEach(m -> ids.add(m.path("id").asText()));
        assertEquals("citebot", ids.get(0));
        assertTrue(ids.contains("citebot:wildlife"), ids.toString());
        assertEquals(200, api.get("/v1/models/citebot:wildlife").status());
        assertEquals(404, api.get("/v1/models/citebot:nowhere").status());

        String asked = "[{\"role\": \"user\", \"content\": \"Where do okapis live?\"}]";
        JsonNode wild = api.post("/v1/chat/completions", "{\"model\": \"citebot:wildlife\", \"messages\": " + asked
                + "}", null).json();
        assertTrue(wild.path("choices").get(0).path("message").path("content").asText().contains("Ituri"),
                wild.toString());
        assertEquals("citebot:wildlife", wild.path("model").asText(), "the reply names the model that answered");
        String streamed = api.post("/v1/chat/completions", "{\"model\": \"citebot:wildlife\", \"stream\": true, "
                + "\"messages\": " + asked + "}", null).body();
        assertTrue(streamed.contains("\"model\":\"citebot:wildlife\""), streamed);
        assertFalse(streamed.contains("\"model\":\"citebot\""), streamed);
        JsonNode plain = api.post("/v1/chat/completions", "{\"model\": \"citebot\", \"messages\": " + asked + "}",
                null).json();
        assertFalse(plain.path("choices").get(0).path("message").path("content").asText().contains("Ituri"),
                plain.toString());
        Http.Reply unknown = api.post("/v1/chat/completions", "{\"model\": \"citebot:nowhere\", \"messages\": "
                + asked + "}", null);
        assertEquals(404, unknown.status());
        assertEquals("model_not_found", unknown.json().path("error").path("code").asText(), unknown.body());
    }

    @Test
    void aWidgetOriginOfOneCollectionAsksThatCollectionOnly() {
        assertEquals(201, api.create("{\"name\": \"widgeted\"}").status());
        JsonNode doc = api.upload("widgeted", Map.of("okapis.txt", OKAPIS.getBytes(StandardCharsets.UTF_8)))
                .json().path("documents").get(0);
        api.settled(doc.path("status_url").asText());
        String origin = "https://widgeted.example.com";

        Http.Reply own = api.send(api.request("/api/ask", null).header("Origin", origin)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"question\": \"Where do okapis live?\", \"collection\": \"widgeted\"}")));
        assertEquals(200, own.status(), own.body());
        assertTrue(Uploads.cites(own.json(), doc.path("id").asText()), own.body());
        assertEquals(origin, own.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "CORS allows a collection's origin");
        Http.Reply other = api.send(api.request("/api/ask", null).header("Origin", origin)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"question\": \"Where do okapis live?\"}")));
        assertEquals(403, other.status(), "the default collection is not this widget's: " + other.body());
    }

    @Test
    void theCollectionRoutesAnswerAsOpenApiJsonSays() {
        Http.Reply openapi = api.get("/openapi.json");
        DescribedResponses described = new DescribedResponses(openapi.body(), openapi.json());
        List<String> problems = new ArrayList<>();
        problems.addAll(described.problems("POST", "/api/collections", api.create("{\"name\": \"described\"}")));
        problems.addAll(described.problems("POST", "/api/collections", api.create("{\"name\": \"described\"}")));
        problems.addAll(described.problems("POST", "/api/collections", api.create("{\"name\": \"Bad!\"}")));
        problems.addAll(described.problems("GET", "/api/collections", api.get("/api/collections")));
        Http.Reply upload = api.upload("described", Map.of("okapis.txt", OKAPIS.getBytes(StandardCharsets.UTF_8)));
        problems.addAll(described.problems("POST", "/api/collections/{name}/documents", upload));
        String url = upload.json().path("documents").get(0).path("status_url").asText();
        api.settled(url);
        problems.addAll(described.problems("GET", "/api/collections/{name}/documents/{id}", api.get(url)));
        problems.addAll(described.problems("GET", "/api/collections/{name}/documents",
                api.get("/api/collections/described/documents")));
        problems.addAll(described.problems("GET", "/api/collections/{name}/documents",
                api.get("/api/collections/default/documents")));
        problems.addAll(described.problems("PUT", "/api/collections/{name}/documents/{id}",
                api.uploadRaw("described", "PUT", url.substring(url.lastIndexOf('/')) + "?filename=o.txt",
                        "text/plain", OKAPIS)));
        problems.addAll(described.problems("POST", "/api/collections/{name}/documents",
                api.upload("described", Map.of("x.exe", new byte[] {1}))));
        problems.addAll(described.problems("DELETE", "/api/collections/{name}/documents/{id}", api.delete(url)));
        problems.addAll(described.problems("DELETE", "/api/collections/{name}", api.delete("/api/collections/default")));
        problems.addAll(described.problems("DELETE", "/api/collections/{name}",
                api.delete("/api/collections/described")));
        problems.addAll(described.problems("POST", "/api/ask", api.ask("nowhere", OKAPI_QUESTION, null)));
        assertEquals(List.of(), problems);
    }

    private static List<String> names(JsonNode collections) {
        List<String> names = new ArrayList<>();
        collections.forEach(c -> names.add(c.path("name").asText()));
        return names;
    }
}
