package dev.citebot.collections;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.Http;
import dev.citebot.support.Poll;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The collections API as a client calls it, with the admin key for writes and any key for reads. */
final class Uploads {
    static final String ADMIN = "admin-key-for-tests";
    private final Http http;
    private final String base;

    Uploads(int port) {
        this.http = new Http(port);
        this.base = "http://127.0.0.1:" + port;
    }

    Http.Reply create(String body) {
        return send(request("/api/collections", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart upload of the files (name to bytes), as curl -F file=@NAME sends it. */
    Http.Reply upload(String collection, Map<String, byte[]> files) {
        String boundary = "----citebot" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/collections/" + collection + "/documents", ADMIN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Http.Reply uploadRaw(String collection, String method, String pathTail, String contentType, String text) {
        return send(request("/api/collections/" + collection + "/documents" + pathTail, ADMIN)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(text)));
    }

    Http.Reply delete(String path) {
        return send(request(path, ADMIN).DELETE());
    }

    Http.Reply get(String path, String key) {
        return send(request(path, key).GET());
    }

    Http.Reply get(String path) {
        return http.get(path);
    }

    Http.Reply ask(String collection, String question, String key) {
        String body = Http.json(collection == null ? Map.of("question", question)
                : Map.of("question", question, "collection", collection));
        return send(request("/api/ask", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Http.Reply post(String path, String json, String key) {
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Waits until the document's status is one of the final ones, and returns it. */
    JsonNode settled(String statusUrl) {
        return Poll.until(Duration.ofSeconds(90), statusUrl + " ready or failed", () -> get(statusUrl, ADMIN).json(),
                d -> d.path("status").asText().equals("ready") || d.path("status").asText().equals("failed"));
    }

    /** Whether the answer cites the document. */
    static boolean cites(JsonNode answer, String documentId) {
        for (JsonNode c : answer.path("citations")) {
            if (c.path("document_id").asText().equals(documentId)) {
                return true;
            }
        }
        return false;
    }

    Http.Reply send(HttpRequest.Builder request) {
        return http.send(request);
    }

    HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return key == null ? builder : builder.header("Authorization", "Bearer " + key);
    }
}
