package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.Http;
import dev.citebot.support.SeedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Questions worded as people word them in a chat, asked of the seed through {@code POST /api/ask}. */
class NaturalQuestionsEndToEndIT {
    @RegisterExtension
    static final SeedServer SERVER = new SeedServer();

    private static JsonNode ask(String question) {
        Http.Reply reply = SERVER.http().postJson("/api/ask", Http.json(Map.of("question", question)));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void aPoliteQuestionIsAnsweredWithItsCitation() {
        JsonNode answer = ask("Where are the ECOWAS military chiefs meeting? Please answer carefully.");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("Ghana"), answer.toString());
        assertFalse(answer.get("answer").asText().contains("Please"), answer.toString());
        assertTrue(answer.get("citations").get(0).get("quote").asText().contains("Ghana"), answer.toString());
    }

    @Test
    void aWhichCityQuestionQuotesTheSentenceThatNamesThePlaceFirst() {
        JsonNode answer = ask("Which city is the junta based in?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("citations").get(0).get("quote").asText().contains("junta in Niamey"), answer.toString());
    }

    @Test
    void aQuestionAboutTheDocumentsDateIsAnsweredFromItsDateline() {
        JsonNode answer = ask("When was this article written?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("2023-08-16"), answer.toString());
        JsonNode citation = answer.get("citations").get(0);
        String text = SERVER.http().get("/api/documents/" + citation.get("document_id").asText()).json()
                .get("text").asText();
        assertEquals(citation.get("quote").asText(),
                text.substring(citation.get("quote_start").asInt(), citation.get("quote_end").asInt()));
    }

    @Test
    void aQuoteOfTheFirstSentenceLeavesTheDatelineOut() {
        JsonNode answer = ask("What did Putin call for?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        JsonNode citation = answer.get("citations").get(0);
        assertTrue(citation.get("quote").asText().startsWith("Russian President Vladimir Putin has called for a "
                + "peaceful resolution"), answer.toString());
        assertFalse(answer.get("answer").asText().contains("date 2023-08-16"), answer.toString());
    }

    @Test
    void aQuestionAboutWhatTheArticleIsAboutIsAnsweredWithItsLead() {
        JsonNode answer = ask("Hey, what is this article mainly about?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().startsWith("Russian President Vladimir Putin has called for a "
                + "peaceful resolution in resolving the Niger crisis"), answer.toString());
        assertTrue(answer.get("citations").get(0).get("quote").asText().startsWith("Russian President"),
                answer.toString());
    }

    @Test
    void aHowManyQuestionAnsweredOnlyByADateIsDeclined() {
        JsonNode answer = ask("How many member states does ECOWAS have?");
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
    }

    @Test
    void theDocumentsTitleLeavesItsDatelineOut() {
        JsonNode documents = SERVER.http().get("/api/documents").json().get("documents");
        assertTrue(documents.get(0).get("title").asText().startsWith("Russian President Vladimir Putin"),
                documents.toString());
    }

    @Test
    void aQuestionAboutANameTheDocumentsNeverMentionIsStillDeclined() {
        JsonNode answer = ask("Hi! What did Joe Biden say about Niger?");
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("Joe Biden"), answer.toString());
        assertFalse(answer.get("answer").asText().contains("Hi"), answer.toString());
    }

    @Test
    void theClosestPassagesOfADeclinedQuestionAreListedBestFirst() {
        JsonNode closest = ask("Who won the 2022 FIFA World Cup?").get("closest_matches");
        assertTrue(closest.size() > 1, closest.toString());
        for (int i = 1; i < closest.size(); i++) {
            assertTrue(closest.get(i - 1).get("score").asDouble() >= closest.get(i).get("score").asDouble(),
                    closest.toString());
            assertEquals(i + 1, closest.get(i).get("n").asInt());
        }
    }
}
