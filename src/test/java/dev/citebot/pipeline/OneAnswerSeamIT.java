package dev.citebot.pipeline;

import static dev.citebot.support.FakeModel.says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.FakeModel;
import dev.citebot.support.Http;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every front door answers through one {@link Answerer}, observed once by the metrics: answers a model gives are
 * counted like extractive ones, on every route, and nothing but a front door's answer is counted.
 */
class OneAnswerSeamIT {
    private static final Pattern ANSWER_COUNT = Pattern.compile("citebot_answer_seconds_count\\{[^}]*} ([0-9.]+)");
    private static final String QUESTION = "When was President Bazoum ousted?";

    /** The number of answers {@code citebot_answer_seconds} has counted, answerable or not. */
    static long answersCounted(Http http) {
        Matcher m = ANSWER_COUNT.matcher(http.get("/metrics").body());
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return Math.round(total);
    }

    private static void askOnEveryRoute(Http http) {
        assertEquals(200, http.postJson("/api/ask", "{\"question\": \"" + QUESTION + "\"}").status());
        assertEquals(200, http.postJson("/api/ask/stream", "{\"question\": \"" + QUESTION + "\"}").status());
        assertEquals(200, http.postJson("/v1/chat/completions",
                "{\"model\": \"citebot\", \"messages\": [{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}")
                .status());
    }

    @Test
    void answersAModelGivesAreCountedOnEveryRoute() {
        try (FakeModel model = new FakeModel()) {
            model.script(r -> r.isRewrite() ? says(QUESTION)
                    : says("President Bazoum was ousted on July 26 [" + r.passageWith("ousted on July 26") + "]."));
            Map<String, String> settings = new HashMap<>(model.settings("openai", Duration.ofSeconds(5)));
            settings.put("CITEBOT_INGEST_ISOLATION", "none");
            try (App app = Citebots.server(Citebots.SEEDS, settings)) {
                Http http = new Http(app.port());
                assertEquals(0, answersCounted(http));
                askOnEveryRoute(http);
                assertEquals(3, answersCounted(http));
                assertTrue(http.postJson("/api/ask", "{\"question\": \"" + QUESTION + "\"}").body()
                        .contains("\"mode\":\"llm\""), "the model answered");
            }
        }
    }

    @Test
    void extractiveAnswersAreCountedOnceOnEveryRouteAndStarterQuestionProbesAreNot() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none"))) {
            Http http = new Http(app.port());
            Http.Reply setup = http.get("/api/widget/config");
            assertFalse(setup.json().get("starter_questions").isEmpty(), "starters were probed: " + setup.body());
            assertEquals(0, answersCounted(http), "the starter questions' probes are not answers anyone asked for");
            askOnEveryRoute(http);
            assertEquals(3, answersCounted(http));
        }
    }
}
