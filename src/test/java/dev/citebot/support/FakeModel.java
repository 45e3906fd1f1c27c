package dev.citebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model server on loopback that speaks OpenAI's chat completions ({@code POST /v1/chat/completions},
 * plain and SSE) and Ollama's chat ({@code POST /api/chat}, plain and NDJSON), replying as its script says.
 */
public final class FakeModel implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\\n(.*?)\\n</passage>",
            Pattern.DOTALL);

    /** What the model was asked. */
    public record Request(String protocol, boolean stream, String system, String user) {
        /** Number of the passage (as given in the prompt) whose text contains {@code needle}, or 0. */
        public int passageWith(String needle) {
            Matcher m = PASSAGE.matcher(user);
            while (m.find()) {
                if (m.group(2).contains(needle)) {
                    return Integer.parseInt(m.group(1));
                }
            }
            return 0;
        }

        public int passageCount() {
            return (int) PASSAGE.matcher(user).results().count();
        }

        public boolean isRewrite() {
            return user.contains("Standalone question:");
        }
    }

    /** A scripted reply: text (sent in small pieces when streamed), an HTTP error, or silence. */
    public record Reply(String text, int status, Duration stallBefore, Duration stallAfter) {
    }

    public static Reply says(String text) {
        return new Reply(text, 200, Duration.ZERO, Duration.ZERO);
    }

    public static Reply fails(int status) {
        return new Reply("", status, Duration.ZERO, Duration.ZERO);
    }

    public static Reply stalls(Duration time) {
        return new Reply("", 200, time, Duration.ZERO);
    }

    /** Streams the text, then stays silent before ending the reply. */
    public static Reply saysThenStalls(String text, Duration time) {
        return new Reply(text, 200, Duration.ZERO, time);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Request, Reply> script = r -> says("");

    public FakeModel() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", ex -> handle(ex, "openai"));
        server.createContext("/api/chat", ex -> handle(ex, "ollama"));
        server.setExecutor(executor);
        server.start();
    }

    public void script(Function<Request, Reply> script) {
        this.script = script;
        requests.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Citebot's settings to use this model through {@code provider} ("ollama" or "openai"). */
    public Map<String, String> settings(String provider, Duration timeout) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("CITEBOT_LLM_PROVIDER", provider,
                "CITEBOT_LLM_BASE_URL", provider.equals("openai") ? base + "/v1" : base,
                "CITEBOT_LLM_MODEL", "fake-model",
                "CITEBOT_LLM_API_KEY", "sk-test-key-never-logged",
                "CITEBOT_LLM_TIMEOUT_SECONDS", String.valueOf(timeout.toMillis() / 1000.0));
    }

    private void handle(HttpExchange ex, String protocol) throws IOException {
        try (ex) {
            JsonNode body = MAPPER.readTree(ex.getRequestBody());
            boolean stream = body.path("stream").asBoolean(false);
            String system = null;
            String user = "";
            for (JsonNode m : body.path("messages")) {
                String content = content(m.path("content"));
                if ("system".equals(m.path("role").asText())) {
                    system = content;
                } else if ("user".equals(m.path("role").asText())) {
                    user = content;
                }
            }
            Request request = new Request(protocol, stream, system, user);
            requests.add(request);
            Reply reply = script.apply(request);
            sleep(reply.stallBefore());
            if (reply.status() != 200) {
                send(ex, reply.status(), "application/json", "{\"error\":{\"message\":\"the model broke\"}}");
                return;
            }
            if (!stream) {
                send(ex, 200, "application/json", protocol.equals("openai") ? openAi(reply.text())
                        : ollama(reply.text(), true));
                return;
            }
            ex.getResponseHeaders().set("Content-Type",
                    protocol.equals("openai") ? "text/event-stream" : "application/x-ndjson");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (String piece : reply.text().split("(?<= )")) {
                write(out, protocol.equals("openai") ? "data: " + openAiChunk(piece, null) + "\n\n"
                        : ollama(piece, false) + "\n");
            }
            sleep(reply.stallAfter());
            write(out, protocol.equals("openai") ? "data: " + openAiChunk(null, "stop") + "\n\ndata: [DONE]\n\n"
                    : ollama("", true) + "\n");
        } catch (IOException e) {
            // Citebot gave up on this reply (a timeout test): nothing to do
        }
    }

    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(part -> text.append(part.path("text").asText()));
        return text.toString();
    }

    private static String openAi(String text) {
        ObjectNode root = MAPPER.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 1).put("model", "fake-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return root.toString();
    }

    private static String openAiChunk(String text, String finish) {
        ObjectNode root = MAPPER.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 1).put("model", "fake-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (text != null) {
            delta.put("content", text);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static String ollama(String text, boolean done) {
        ObjectNode root = MAPPER.createObjectNode().put("model", "fake-model")
                .put("created_at", "2024-01-01T00:00:00Z");
        root.putObject("message").put("role", "assistant").put("content", text);
        root.put("done", done);
        if (done) {
            root.put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 5);
        }
        return root.toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** A model that stalls (before or after its first piece) is what such a test is about: a sleep, not a wait. */
    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
