package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.citebot.chat.FormBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for Slack on loopback: its Web API ({@code chat.postMessage}, answered {@code ok} as Slack does) and
 * the {@code response_url}s of commands and buttons. Records everything Citebot posts, in order.
 */
final class FakeSlack implements AutoCloseable {
    /** One message Citebot posted: where to, with which Authorization header, and its JSON (form fields as JSON). */
    record Posted(String path, String authorization, JsonNode body) {
        JsonNode blocks() {
            return body.path("blocks");
        }

        /** The button with this action id under the message. */
        JsonNode button(String actionId) {
            for (JsonNode block : blocks()) {
                for (JsonNode element : block.path("elements")) {
                    if (element.path("action_id").asText().equals(actionId)) {
                        return element;
                    }
                }
            }
            throw new AssertionError("no " + actionId + " button in " + blocks());
        }

        /** The text of every block, one line each, as a person would read the message. */
        String blockText() {
            StringBuilder text = new StringBuilder();
            for (JsonNode block : blocks()) {
                text.append(block.path("text").path("text").asText());
                for (JsonNode element : block.path("elements")) {
                    JsonNode t = element.path("text");
                    text.append(' ').append(t.isTextual() ? t.asText() : t.path("text").asText());
                }
                text.append('\n');
            }
            return text.toString();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final BlockingQueue<Posted> posted = new LinkedBlockingQueue<>();
    private final HttpServer server;

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat.postMessage", this::chatPostMessage);
        server.createContext("/respond/", this::responseUrl);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + name;
    }

    Posted next() {
        try {
            Posted next = posted.poll(20, TimeUnit.SECONDS);
            if (next == null) {
                fail("Citebot posted nothing to Slack within 20 seconds");
            }
            return next;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * After a test: nothing it did not read is left over for the next test to mistake for its own (a second,
     * unexpected post fails the test that caused it, not the one after).
     */
    void assertDrained() throws InterruptedException {
        Posted left = posted.poll(200, TimeUnit.MILLISECONDS);
        posted.clear();
        assertNull(left, "Citebot posted more than the test read: " + (left == null ? "" : left.body()));
    }

    void assertNothingPostedWithin(Duration wait) throws InterruptedException {
        assertNull(posted.poll(wait.toMillis(), TimeUnit.MILLISECONDS), "Citebot posted to Slack");
    }

    private void chatPostMessage(HttpExchange exchange) throws IOException {
        ObjectNode body = mapper.createObjectNode();
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        FormBody fields = FormBody.parse(form.getBytes(StandardCharsets.UTF_8));
        for (String name : new String[] {"channel", "thread_ts", "text", "unfurl_links"}) {
            body.put(name, fields.get(name));
        }
        body.set("blocks", mapper.readTree(fields.get("blocks")));
        record(exchange, body, "{\"ok\":true,\"channel\":\"" + fields.get("channel") + "\",\"ts\":\"1700000001.000200\"}");
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        record(exchange, mapper.readTree(exchange.getRequestBody().readAllBytes()), "ok");
    }

    private void record(HttpExchange exchange, JsonNode body, String answer) throws IOException {
        posted.add(new Posted(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
