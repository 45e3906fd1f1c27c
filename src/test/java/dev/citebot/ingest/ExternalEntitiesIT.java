package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.HostileFiles;
import dev.citebot.support.Http;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XXE: XML, XHTML and DOCX files whose external entities point at a local file holding a secret and at a
 * loopback server the test runs (which would hand out the same secret). The secret never reaches the extracted
 * text, the document list, a document's text, the failure reasons or an answer, and the server is never asked.
 */
class ExternalEntitiesIT {
    private static final String SECRET = "CITEBOT-SECRET-7F3A";
    private static final List<String> CONTACTS = new CopyOnWriteArrayList<>();
    @TempDir
    static Path seeds;
    @TempDir
    static Path outside;
    private static HttpServer loopback;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        loopback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        loopback.createContext("/", exchange -> {
            CONTACTS.add(exchange.getRequestURI().toString());
            byte[] body = ("<!ENTITY leak \"The vault code is " + SECRET + ".\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        loopback.start();
        writeHostileFiles(seeds);
        Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of Congo.");
        app = Citebots.server(seeds, Map.of());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
        loopback.stop(0);
    }

    static void writeHostileFiles(Path folder) throws IOException {
        Path secret = Files.writeString(outside.resolve("vault.txt"), "The vault code is " + SECRET + ".");
        String file = secret.toUri().toString();
        String url = "http://127.0.0.1:" + loopback.getAddress().getPort();
        HostileFiles.externalEntityXml(folder.resolve("xxe-file.xml"), "Harbour notice one.", file, url + "/xml.dtd");
        HostileFiles.externalEntityXml(folder.resolve("xxe-url.xml"), "Harbour notice two.", url + "/secret",
                url + "/url.dtd");
        HostileFiles.externalEntityHtml(folder.resolve("xxe.xhtml"), "Harbour notice three.", file, url + "/html.dtd");
        HostileFiles.externalEntityDocx(folder.resolve("xxe.docx"), "Harbour notice four.", file, url + "/docx.dtd");
    }

    @Test
    void theSecretIsInNoDocumentTextNorInTheListNorInAFailureReason() {
        String list = http.get("/api/documents").body();
        assertFalse(list.contains(SECRET), list);
        assertFalse(http.get("/ready").body().contains(SECRET), http.get("/ready").body());
        JsonNode documents = http.get("/api/documents").json().get("documents");
        assertTrue(documents.size() >= 1, list);
        for (JsonNode document : documents) {
            Http.Reply text = http.get("/api/documents/" + document.get("id").asText());
            assertEquals(200, text.status());
            assertFalse(text.body().contains(SECRET), text.body());
        }
    }

    @Test
    void noAnswerRepeatsTheSecret() {
        for (String question : List.of("What is the vault code?", "What does the harbour notice say?")) {
            for (String route : List.of("/api/ask", "/api/search")) {
                Http.Reply reply = http.postJson(route, Http.json(Map.of("question", question, "query", question)));
                assertEquals(200, reply.status(), route + ": " + reply.body());
                assertFalse(reply.body().contains(SECRET), route + ": " + reply.body());
            }
        }
    }

    @Test
    void theLoopbackServerIsNeverContacted() {
        assertEquals(List.of(), CONTACTS);
    }

    @Test
    void theDocumentBesideThemIsAnswered() {
        JsonNode answer = http.postJson("/api/ask", Http.json(Map.of("question", "Where do okapis live?"))).json();
        assertTrue(answer.get("answer").asText().contains("Ituri"), answer.toString());
    }

    @Test
    void parsedInCitebotsOwnJvmNoEntityIsResolvedEither(@TempDir Path folder) throws IOException {
        writeHostileFiles(folder);

        IngestResult result;
        try (DocumentLoader loader = new DocumentLoader(new TextExtractor(1_000_000), 10_000_000)) {
            result = loader.load(folder);
        }

        result.documents().forEach(d -> assertFalse(d.text().contains(SECRET), d.path() + ": " + d.text()));
        result.failures().forEach(f -> assertFalse(f.reason().contains(SECRET), f.toString()));
        assertEquals(4, result.documents().size() + result.failures().size());
        assertEquals(List.of(), CONTACTS);
    }
}
