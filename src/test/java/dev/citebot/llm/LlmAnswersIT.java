package dev.citebot.llm;

import static dev.citebot.support.FakeModel.fails;
import static dev.citebot.support.FakeModel.says;
import static dev.citebot.support.FakeModel.saysThenStalls;
import static dev.citebot.support.FakeModel.stalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.FakeModel;
import dev.citebot.support.Http;
import dev.citebot.support.Sse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Citebot with a model behind it, through each provider (Ollama's protocol and OpenAI's), asked over HTTP, plain
 * ({@code /api/ask}) and streamed ({@code /api/ask/stream}); the model is a scripted server on loopback.
 */
class LlmAnswersIT {
    static final String QUESTION = "When was President Bazoum ousted?";
    static final String EVIDENCE = "ousted on July 26";
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static FakeModel model;
    private static App ollama;
    private static App openai;

    @BeforeAll
    static void start() {
        model = new FakeModel();
        ollama = Citebots.server(Citebots.SEEDS, model.settings("ollama", TIMEOUT));
        openai = Citebots.server(Citebots.SEEDS, model.settings("openai", TIMEOUT));
    }

    @AfterAll
    static void stop() {
        ollama.close();
        openai.close();
        model.close();
    }

    /** The reply a good model gives: the fact, citing the passage that holds it. */
    static FakeModel.Reply goodAnswer(FakeModel.Request r) {
        return says("President Bazoum was ousted on July 26 [" + r.passageWith(EVIDENCE) + "].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aGoodReplyIsTheAnswerWithTheCitationOfThePassageItUsed(String provider) {
        model.script(LlmAnswersIT::goodAnswer);
        JsonNode answer = ask(provider, QUESTION);
        assertEquals("llm", answer.get("mode").asText(), answer.toString());
        assertEquals("President Bazoum was ousted on July 26 [1].", answer.get("answer").asText());
        assertEquals(1, answer.get("citations").size());
        JsonNode citation = answer.get("citations").get(0);
        assertEquals(1, citation.get("n").asInt());
        assertTrue(citation.get("quote").asText().contains(EVIDENCE), citation.toString());
        assertTrue(citation.get("text").asText().contains(citation.get("quote").asText()));
        assertEquals(provider, model.requests().get(0).protocol());
        assertFalse(model.requests().get(0).stream());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aStreamedGoodReplyArrivesAsTextEventsThenTheAnswerThenDone(String provider) {
        model.script(LlmAnswersIT::goodAnswer);
        List<Sse.Event> events = stream(provider, QUESTION);
        assertEquals(List.of("text", "answer", "done"),
                events.stream().map(Sse.Event::name).distinct().toList(), events.toString());
        JsonNode answer = events.get(events.size() - 2).json();
        assertEquals("llm", answer.get("mode").asText());
        assertEquals("President Bazoum was ousted on July 26 [1].", Sse.text(events));
        assertEquals(Sse.text(events), answer.get("answer").asText());
        assertTrue(answer.get("citations").get(0).get("quote").asText().contains(EVIDENCE));
        assertTrue(model.requests().get(0).stream());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void markersOfPassagesNotGivenAreRemovedAndTheRestRenumbered(String provider) {
        model.script(r -> says("President Bazoum was ousted on July 26 [" + r.passageWith(EVIDENCE) + "][42]. "
                + "President Bazoum was put under house arrest with his family [" + r.passageWith(EVIDENCE) + ", 0]."));
        JsonNode answer = ask(provider, QUESTION);
        assertEquals("llm", answer.get("mode").asText(), answer.toString());
        assertEquals("President Bazoum was ousted on July 26 [1]. President Bazoum was put under house arrest with "
                        + "his family [1].",
                answer.get("answer").asText());
        assertEquals(1, answer.get("citations").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aReplyCitingOnlyPassagesNotGivenFallsBackToTheExtractiveAnswer(String provider) {
        model.script(r -> says("President Bazoum was ousted on July 26 [" + (r.passageCount() + 1) + "]."));
        assertExtractive(ask(provider, QUESTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aReplyWithoutCitationsFallsBackToTheExtractiveAnswer(String provider) {
        model.script(r -> says("President Bazoum was ousted on July 26."));
        assertExtractive(ask(provider, QUESTION));
        assertExtractive(streamedAnswer(provider, QUESTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aSentenceTheCitedPassageDoesNotSupportIsDropped(String provider) {
        model.script(r -> says("President Bazoum was ousted on July 26 [" + r.passageWith(EVIDENCE) + "]. "
                + "He was reinstated on September 3 [" + r.passageWith(EVIDENCE) + "]."));
        JsonNode answer = ask(provider, QUESTION);
        assertEquals("President Bazoum was ousted on July 26 [1].", answer.get("answer").asText());
        model.script(r -> says("President Bazoum was ousted on July 28 [" + r.passageWith(EVIDENCE) + "]."));
        assertExtractive(ask(provider, QUESTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aModelErrorFallsBackToTheExtractiveAnswer(String provider) {
        model.script(r -> fails(500));
        assertExtractive(ask(provider, QUESTION));
        List<Sse.Event> events = stream(provider, QUESTION);
        assertExtractive(events.get(events.size() - 2).json());
        assertEquals(events.get(events.size() - 2).json().get("answer").asText(), Sse.text(events));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aModelThatDoesNotReplyInTimeFallsBackToTheExtractiveAnswer(String provider) {
        model.script(r -> stalls(TIMEOUT.multipliedBy(3)));
        long started = System.nanoTime();
        assertExtractive(ask(provider, QUESTION));
        assertExtractive(streamedAnswer(provider, QUESTION));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 2 * TIMEOUT.multipliedBy(3).toSeconds(), "took " + seconds + " s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aStreamThatStallsAfterACheckedSentenceKeepsThatSentence(String provider) {
        model.script(r -> saysThenStalls("President Bazoum was ousted on July 26 [" + r.passageWith(EVIDENCE)
                + "]. He was later ", TIMEOUT.multipliedBy(3)));
        List<Sse.Event> events = stream(provider, QUESTION);
        JsonNode answer = events.get(events.size() - 2).json();
        assertEquals("llm", answer.get("mode").asText());
        assertEquals("President Bazoum was ousted on July 26 [1].", answer.get("answer").asText());
        assertEquals(answer.get("answer").asText(), Sse.text(events));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void eachCheckedSentenceReachesTheClientWhileTheModelIsStillWriting(String provider) throws Exception {
        Duration pause = Duration.ofMillis(1200);
        model.script(r -> saysThenStalls("President Bazoum was ousted on July 26 [" + r.passageWith(EVIDENCE)
                + "]. President Bazoum was put under house arrest with his family [" + r.passageWith(EVIDENCE)
                + "].", pause));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + (provider.equals("ollama") ? ollama : openai).port() + "/api/ask/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of("question", QUESTION)))).build();
        List<Long> textEvents = new ArrayList<>();
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()).body()
                .filter(line -> line.equals("event: text")).forEach(line -> textEvents.add(System.nanoTime()));
        assertEquals(2, textEvents.size());
        long apartMs = (textEvents.get(1) - textEvents.get(0)) / 1_000_000;
        assertTrue(apartMs >= pause.toMillis() - 200, "the two sentences arrived " + apartMs + " ms apart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aQuestionTheDocumentsDoNotAnswerIsDeclinedWithoutAskingTheModel(String provider) {
        model.script(r -> says("France won the 2022 FIFA World Cup [1]."));
        JsonNode answer = ask(provider, "Who won the 2022 FIFA World Cup?");
        assertFalse(answer.get("answerable").asBoolean());
        assertEquals("extractive", answer.get("mode").asText());
        assertEquals(List.of(), model.requests());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void theModelIsToldThePassagesAreUntrustedDataBetweenDelimiters(String provider) {
        model.script(LlmAnswersIT::goodAnswer);
        ask(provider, QUESTION);
        FakeModel.Request request = model.requests().get(0);
        assertTrue(request.system().contains("untrusted"), request.system());
        assertTrue(request.user().contains(QUESTION), request.user());
        String passages = request.user().substring(request.user().indexOf(Sources.BEGIN),
                request.user().indexOf(Sources.END));
        assertTrue(passages.contains(EVIDENCE), passages);
        assertTrue(request.user().substring(0, request.user().indexOf(Sources.BEGIN)).contains("untrusted data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aFollowUpIsRewrittenByTheModelIntoTheQuestionThatIsRetrieved(String provider) {
        model.script(r -> r.isRewrite() ? says("Where did the ECOWAS heads of state convene on August 10?")
                : says("The ECOWAS heads of state convened in Abuja, the Nigerian capital [" + r.passageWith("Abuja")
                        + "]."));
        JsonNode answer = ask(provider, "And the heads of state?", List.of(
                Map.of("role", "user", "content", "Where are the ECOWAS military chiefs meeting?"),
                Map.of("role", "assistant", "content", "ECOWAS military chiefs are meeting in Ghana [1].")));
        assertEquals("llm", answer.get("mode").asText(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("Abuja"), answer.toString());
        assertTrue(answer.get("citations").get(0).get("quote").asText().contains("Abuja"));
        FakeModel.Request rewrite = model.requests().get(0);
        assertTrue(rewrite.isRewrite());
        assertTrue(rewrite.user().contains("User: Where are the ECOWAS military chiefs meeting?"), rewrite.user());
        assertTrue(rewrite.user().contains("Last message: And the heads of state?"), rewrite.user());
        assertTrue(model.requests().get(1).user().contains(
                "Question: Where did the ECOWAS heads of state convene on August 10?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void whenTheRewriteFailsTheFollowUpIsStillAnswered(String provider) {
        model.script(r -> r.isRewrite() ? fails(503) : goodAnswer(r));
        JsonNode answer = ask(provider, "and when was he ousted?", List.of(
                Map.of("role", "user", "content", "Who is President Bazoum?")));
        assertEquals("llm", answer.get("mode").asText(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("July 26"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai"})
    void aQuestionWithoutHistoryIsNotRewritten(String provider) {
        model.script(LlmAnswersIT::goodAnswer);
        ask(provider, QUESTION);
        assertEquals(1, model.requests().size());
        assertFalse(model.requests().get(0).isRewrite());
    }

    static void assertExtractive(JsonNode answer) {
        assertEquals("extractive", answer.get("mode").asText(), answer.toString());
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("July 26"), answer.toString());
    }

    private static Http http(String provider) {
        return new Http((provider.equals("ollama") ? ollama : openai).port());
    }

    private static JsonNode ask(String provider, String question) {
        return ask(provider, question, List.of());
    }

    private static JsonNode ask(String provider, String question, List<Map<String, String>> history) {
        Http.Reply reply = http(provider).postJson("/api/ask",
                Http.json(Map.of("question", question, "history", history)));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<Sse.Event> stream(String provider, String question) {
        Http.Reply reply = http(provider).postJson("/api/ask/stream", Http.json(Map.of("question", question)));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Sse.Event> events = Sse.parse(reply.body());
        assertEquals("done", events.get(events.size() - 1).name(), reply.body());
        assertEquals("answer", events.get(events.size() - 2).name(), reply.body());
        return events;
    }

    private static JsonNode streamedAnswer(String provider, String question) {
        List<Sse.Event> events = stream(provider, question);
        return events.get(events.size() - 2).json();
    }
}
