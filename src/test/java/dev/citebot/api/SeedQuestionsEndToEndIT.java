package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.eval.Metrics;
import dev.citebot.support.Http;
import dev.citebot.support.SeedServer;
import dev.citebot.support.SeedQuestions;
import dev.citebot.support.SeedQuestions.SeedQuestion;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed dev questions asked over HTTP of a real server with the real model and the real seed article. */
class SeedQuestionsEndToEndIT {
    @RegisterExtension
    static final SeedServer SERVER = new SeedServer();

    static Stream<SeedQuestion> answerable() {
        return SeedQuestions.answerable().stream();
    }

    static Stream<SeedQuestion> impossible() {
        return SeedQuestions.impossible().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerable")
    void answersWithAGoldStringAndACitationThatContainsIt(SeedQuestion q) {
        JsonNode answer = ask(q.question());
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        String text = answer.get("answer").asText();
        assertTrue(Metrics.containsGold(text, q.answers()), text);
        boolean cited = false;
        for (JsonNode c : answer.get("citations")) {
            boolean markerInAnswer = text.contains("[" + c.get("n").asInt() + "]");
            if (markerInAnswer && Metrics.containsGold(c.get("text").asText(), q.answers())) {
                cited = true;
            }
        }
        assertTrue(cited, "a citation in the answer contains the gold string: " + answer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossible")
    void declinesWhatTheArticleDoesNotSay(SeedQuestion q) {
        JsonNode answer = ask(q.question());
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
        assertEquals(0, answer.get("citations").size());
        assertTrue(answer.get("closest_matches").size() > 0, "lists the closest passages");
        assertEquals("extractive", answer.get("mode").asText());
    }

    @Test
    void everyCitedQuoteIsTheDocumentTextAtItsOffsets() {
        JsonNode answer = ask("When was President Bazoum ousted?");
        assertFalse(answer.get("citations").isEmpty(), "nothing to check: " + answer);
        for (JsonNode c : answer.get("citations")) {
            String doc = SERVER.http().get("/api/documents/" + c.get("document_id").asText()).json().get("text").asText();
            assertEquals(c.get("quote").asText(), doc.substring(c.get("quote_start").asInt(), c.get("quote_end").asInt()));
            assertEquals(c.get("text").asText(), doc.substring(c.get("start").asInt(), c.get("end").asInt()));
            assertTrue(c.get("text").asText().contains(c.get("quote").asText()));
        }
    }

    @Test
    void citationsAreNumberedFromOneInTheOrderOfTheirMarkers() {
        JsonNode answer = ask("What did the ECOWAS leaders approve last week?");
        String text = answer.get("answer").asText();
        assertFalse(answer.get("citations").isEmpty(), "nothing to check: " + answer);
        int previous = -1;
        for (int i = 0; i < answer.get("citations").size(); i++) {
            JsonNode c = answer.get("citations").get(i);
            assertEquals(i + 1, c.get("n").asInt());
            int at = text.indexOf("[" + (i + 1) + "]");
            assertTrue(at > previous, "marker [" + (i + 1) + "] follows the previous one in " + text);
            previous = at;
        }
        assertFalse(text.contains("[" + (answer.get("citations").size() + 1) + "]"), "no marker without a citation");
    }

    @Test
    void aFollowUpIsResolvedWithTheConversation() {
        String history = Http.json(List.of(Map.of("role", "user", "content", "Who is the deposed president of Niger?"),
                Map.of("role", "assistant", "content", "Mohamed Bazoum [1]")));
        JsonNode answer = SERVER.http().postJson("/api/ask",
                "{\"question\": \"and when was he ousted?\", \"history\": " + history + "}").json();
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("July 26"), answer.toString());
    }

    @Test
    void aFollowUpWithNoWordsOfItsOwnIsAnsweredFromTheConversationAndDeclinedWithoutOne() {
        String history = Http.json(List.of(Map.of("role", "user", "content",
                "Where are the ECOWAS military chiefs meeting?")));
        JsonNode followUp = SERVER.http().postJson("/api/ask",
                "{\"question\": \"and when?\", \"history\": " + history + "}").json();
        assertTrue(followUp.get("answerable").asBoolean(), followUp.toString());
        assertTrue(followUp.get("answer").asText().contains("August 17"), followUp.toString());

        JsonNode alone = ask("and when?");
        assertFalse(alone.get("answerable").asBoolean(), alone.toString());
    }

    @Test
    void historyNeverLetsAnUnsupportedAnswerThrough() {
        String history = Http.json(List.of(Map.of("role", "user", "content", "When was President Bazoum ousted?")));
        JsonNode answer = SERVER.http().postJson("/api/ask",
                "{\"question\": \"Who won the 2022 FIFA World Cup?\", \"history\": " + history + "}").json();
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
    }

    @Test
    void aDeclinedQuestionAboutAnUnknownNameSaysWhatWasNotFound() {
        JsonNode answer = ask("When did Niger gain independence from France?");
        assertFalse(answer.get("answerable").asBoolean());
        assertTrue(answer.get("answer").asText().contains("France"), answer.toString());
    }

    @Test
    void searchReturnsRankedPassagesWithOffsets() {
        JsonNode results = SERVER.http().postJson("/api/search", "{\"query\": \"uranium\", \"k\": 3}").json().get("results");
        assertTrue(results.size() >= 1 && results.size() <= 3);
        JsonNode first = results.get(0);
        assertTrue(first.get("text").asText().contains("uranium"), first.toString());
        assertEquals(1, first.get("rank").asInt());
        String doc = SERVER.http().get("/api/documents/" + first.get("document_id").asText()).json().get("text").asText();
        assertEquals(first.get("text").asText(), doc.substring(first.get("start").asInt(), first.get("end").asInt()));
    }

    @Test
    void documentsListsTheSeedWithItsPassageCount() {
        JsonNode docs = SERVER.http().get("/api/documents").json().get("documents");
        assertEquals(1, docs.size());
        assertEquals("niger-crisis-putin-ecowas.txt", docs.get(0).get("path").asText());
        assertTrue(docs.get(0).get("passages").asInt() > 1);
    }

    private static JsonNode ask(String question) {
        Http.Reply reply = SERVER.http().postJson("/api/ask", Http.json(Map.of("question", question)));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
