package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.Http;
import dev.citebot.support.SeedServer;
import dev.citebot.support.Sse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/ask/stream} without a model: the extractive answer as the same events the widget reads. */
class AskStreamIT {
    @RegisterExtension
    static final SeedServer SERVER = new SeedServer();

    @Test
    void anAnswerStreamsAsTextThenTheWholeAnswerThenDone() {
        Http.Reply reply = SERVER.http().postJson("/api/ask/stream", Http.json(Map.of("question", "When was President Bazoum ousted?")));
        assertEquals(200, reply.status());
        assertEquals("text/event-stream; charset=utf-8", reply.raw().headers().firstValue("Content-Type").orElse(""));
        assertTrue(reply.body().startsWith("event: text\ndata: {\"text\":"), reply.body());
        List<Sse.Event> events = Sse.parse(reply.body());
        assertEquals(List.of("text", "answer", "done"), events.stream().map(Sse.Event::name).toList());
        assertEquals("{}", events.get(2).data());
        JsonNode streamed = events.get(1).json();
        JsonNode asked = SERVER.http().postJson("/api/ask", Http.json(Map.of("question", "When was President Bazoum ousted?"))).json();
        assertEquals(asked.get("answer"), streamed.get("answer"));
        assertEquals(asked.get("citations"), streamed.get("citations"));
        assertEquals("extractive", streamed.get("mode").asText());
        assertEquals(streamed.get("answer").asText(), Sse.text(events));
    }

    @Test
    void aDeclinedQuestionStreamsItsClosestMatches() {
        List<Sse.Event> events = Sse.parse(SERVER.http().postJson("/api/ask/stream",
                Http.json(Map.of("question", "Who won the 2022 FIFA World Cup?"))).body());
        JsonNode answer = events.get(1).json();
        assertFalse(answer.get("answerable").asBoolean());
        assertTrue(answer.get("closest_matches").size() > 0);
    }

    @Test
    void badInputIsAnOrdinaryJsonErrorBeforeAnyEvent() {
        Http.Reply reply = SERVER.http().postJson("/api/ask/stream", Http.json(Map.of("question", " ")));
        assertEquals(400, reply.status());
        assertEquals("bad_request", reply.json().get("error").asText());
        assertEquals(415, SERVER.http().post("/api/ask/stream", "text/plain", "hello").status());
    }
}
