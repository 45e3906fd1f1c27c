package dev.citebot.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogSetupTest {
    /** What a fresh logging context set up in the given format writes to standard error. */
    private static List<String> logged(String format, Consumer<LoggerContext> log) {
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        try {
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            LogSetup.apply(context, format);
            log.accept(context);
        } finally {
            context.stop();
            System.setErr(err);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void jsonLinesCarryTheLevelLoggerMessageAndRequestId() throws Exception {
        List<String> lines = logged("json", context -> {
            MDC.put("request_id", "req-42");
            try {
                context.getLogger("dev.citebot.access").info("POST /api/ask {} {} ms", 200, 5);
            } finally {
                MDC.remove("request_id");
            }
        });
        assertEquals(1, lines.size(), lines.toString());
        JsonNode event = new ObjectMapper().readTree(lines.get(0));
        assertEquals("INFO", event.get("level").asText());
        assertEquals("dev.citebot.access", event.get("loggerName").asText());
        assertEquals("POST /api/ask 200 5 ms", event.get("formattedMessage").asText());
        assertEquals("req-42", event.get("mdc").get("request_id").asText());
    }

    @Test
    void textLinesShowTheRequestIdOnlyWhenThereIsOne() {
        List<String> lines = logged("text", context -> {
            context.getLogger("dev.citebot.App").info("listening");
            MDC.put("request_id", "req-42");
            try {
                context.getLogger("dev.citebot.access").info("GET /health 200");
            } finally {
                MDC.remove("request_id");
            }
        });
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  dev\\.citebot\\.App - listening"),
                lines.get(0));
        assertTrue(lines.get(1).endsWith("INFO  dev.citebot.access [req-42] - GET /health 200"), lines.get(1));
    }

    @Test
    void aValueWithALineBreakOrATerminalEscapeCannotForgeATextLogLine() {
        List<String> lines = logged("text", context -> context.getLogger("dev.citebot.ingest.DocumentLoader")
                .warn("skipped {}", "evil\n12:00:00.000 INFO  dev.citebot.App - forged\r\n\u001b[2Jx\ty.txt"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("skipped evil\\n12:00:00.000 INFO  dev.citebot.App - forged\\n?[2Jx\ty.txt"),
                lines.get(0));
    }

    @Test
    void autoIsTextAtATerminalAndJsonOtherwise() {
        assertEquals("text", LogFormat.resolve("auto", true));
        assertEquals("json", LogFormat.resolve("auto", false));
        assertEquals("json", LogFormat.resolve("json", true));
        assertEquals("text", LogFormat.resolve("text", false));
    }

    @Test
    void librariesSpeakOnlyWhenSomethingIsWrong() {
        List<String> lines = logged("text", context -> {
            context.getLogger("org.eclipse.jetty.server.Server").info("jetty started");
            context.getLogger("org.apache.tika.pipes.PipesServer").error("child noise");
            context.getLogger("org.eclipse.jetty.server.Server").warn("jetty trouble");
        });
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("jetty trouble"));
        assertFalse(lines.get(0).contains("child noise"));
    }

    @Test
    void logbackFindsTheSetupWithoutAnyFile() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<String> names = new java.util.ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(a -> {
            assertInstanceOf(ConsoleAppender.class, a);
            names.add(a.getName());
        });
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.get(0).equals("json") || names.get(0).equals("text"), names.toString());
    }
}
