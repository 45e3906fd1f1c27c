package dev.citebot.slack;

import dev.citebot.config.SlackSettings;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.pipeline.Answerer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Turn;
import dev.citebot.http.ApiException;
import dev.citebot.pipeline.Question;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a thread's follow-ups are read with, when Slack's deliveries meet busy workers and retries. */
class SlackConversationsTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final LinkedBlockingQueue<Question> asked = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aQuestionTurnedAwayWhileEveryWorkerIsBusyIsNotPartOfTheConversation() throws Exception {
        Answerer held = question -> {
            asked.add(question);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Answer("x [1]", true, List.of(), List.of(), "extractive", 0);
        };
        try (AnswerWorkers workers = new AnswerWorkers(held, 1, 1);
             SlackDelivery nowhere = new SlackDelivery(new SlackSettings("s", "xoxb-t", "http://127.0.0.1:9/api/",
                     "ephemeral", 1, 1))) {
            SlackEvents events = new SlackEvents(workers, nowhere,
                    new SeenEvents(Clock.systemUTC(), Duration.ofHours(1), 100),
                    new ThreadMemory(Clock.systemUTC(), Duration.ofHours(1), 100), 2000);

            events.respond(mention("Ev1", "first"));              // answered (held)
            assertQuestion("first", List.of());
            events.respond(mention("Ev2", "second"));             // waits in the queue
            assertThrows(ApiException.class, () -> events.respond(mention("Ev3", "third")), "every worker busy");
            release.countDown();
            assertQuestion("second", List.of("first"));

            events.respond(mention("Ev4", "fourth"));
            assertQuestion("fourth", List.of("first", "second"));
            events.respond(mention("Ev3", "third"));              // Slack's retry of the one turned away
            assertQuestion("third", List.of("first", "second", "fourth"));
        }
    }

    private void assertQuestion(String text, List<String> history) throws InterruptedException {
        Question q = asked.poll(10, TimeUnit.SECONDS);
        assertTrue(q != null, "no question reached the answerer");
        assertEquals(text, q.text());
        assertEquals(history, q.history().stream().map(Turn::content).toList());
    }

    /** A mention in thread 1700000000.000001 of channel C1. */
    private JsonNode mention(String eventId, String text) throws Exception {
        return mapper.readTree("{\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event\":{\"type\":"
                + "\"app_mention\",\"user\":\"U1\",\"text\":\"<@U0BOT> " + text + "\",\"ts\":\"1700000001.000001\","
                + "\"thread_ts\":\"1700000000.000001\",\"channel\":\"C1\"},\"authorizations\":[{\"user_id\":"
                + "\"U0BOT\"}]}");
    }
}
