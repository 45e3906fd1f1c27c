package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import dev.citebot.pipeline.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Block Kit as Slack will receive it (serialised by the Slack SDK), checked against Slack's limits. */
class AnswerBlocksTest {
    private static final String QUESTION = "When was President Bazoum ousted?";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aLongAnswerIsSplitIntoSectionsOfAtMost3000Characters() throws Exception {
        JsonNode blocks = json(AnswerBlocks.answer(Question.of(QUESTION), answer("Bazoum was ousted on July 26. [1] ".repeat(600),
                citations(1))));

        List<JsonNode> sections = ofType(blocks, "section");
        assertTrue(sections.size() > 5);
        sections.forEach(s -> assertTrue(s.path("text").path("text").asText().length() <= 3000));
    }

    @Test
    void anAnswerTooLongForOneMessageStopsAt50BlocksWithANoteAndKeepsSourcesAndButtons() throws Exception {
        JsonNode blocks = json(AnswerBlocks.answer(Question.of(QUESTION), answer("word ".repeat(60_000), citations(3))));

        assertEquals(SlackMessage.MAX_BLOCKS, blocks.size());
        assertEquals("actions", blocks.get(49).path("type").asText());
        assertEquals("context", blocks.get(48).path("type").asText());
        assertTrue(blocks.get(47).path("text").path("text").asText().contains("The answer is cut here"));
    }

    @Test
    void moreThanTenSourcesAreSpreadOverSeveralContextBlocks() throws Exception {
        List<JsonNode> contexts = ofType(json(AnswerBlocks.answer(Question.of(QUESTION), answer("x [1]", citations(12)))), "context");

        assertEquals(2, contexts.size());
        assertEquals(10, contexts.get(0).path("elements").size());
        assertEquals(2, contexts.get(1).path("elements").size());
    }

    @Test
    void everyPieceOfDocumentTextIsEscapedAndShownVerbatim() throws Exception {
        Citation hostile = new Citation(1, "d", "<!channel>.txt", "<!here> title", "<@U1> text", 0, 10,
                "<https://evil|x> quote", 0, 5, 0, 0.9);
        Answer answer = answer("Ports reopened <!channel>. [1]", List.of(hostile));

        for (SlackMessage message : List.of(AnswerBlocks.answer(Question.of(QUESTION), answer),
                AnswerBlocks.allSources(QUESTION, answer))) {
            String json = json(message).toString() + message.text();
            assertFalse(json.contains("<!") || json.contains("<@") || json.contains("<http"), json);
            assertTrue(json.contains("&lt;"), json);
            ofType(json(message), "section").forEach(s -> assertTrue(s.path("text").path("verbatim").asBoolean()));
        }
    }

    @Test
    void showAllSourcesFitsEachSourceInASectionEvenWhenEscapingLengthensIt() throws Exception {
        Citation ampersands = new Citation(1, "d", "p/".repeat(200), "T&".repeat(200), "R&D & <b> ".repeat(600), 0,
                10, "q", 0, 1, 0, 0.9);

        List<JsonNode> sections = ofType(json(AnswerBlocks.allSources(QUESTION, answer("x [1]", List.of(ampersands)))),
                "section");

        assertEquals(2, sections.size());
        String source = sections.get(1).path("text").path("text").asText();
        assertTrue(source.length() <= 3000, source.length() + " characters");
        assertTrue(source.endsWith("…"), "a long source is visibly cut");
    }

    @Test
    void theButtonsCarryTheQuestionCutToSlacksValueLimit() throws Exception {
        String longQuestion = "why ".repeat(700);

        JsonNode buttons = ofType(json(AnswerBlocks.answer(Question.of(longQuestion), answer("x [1]", citations(1)))), "actions")
                .get(0).path("elements");

        assertEquals(3, buttons.size());
        buttons.forEach(b -> assertEquals(ButtonValue.MAX_CHARS, b.path("value").asText().length()));
    }

    @Test
    void aDeclinedAnswerWithNothingCloseOffersNoSourcesButton() throws Exception {
        Answer declined = new Answer("The documents do not say.", false, List.of(), List.of(), "extractive", 1);

        JsonNode buttons = ofType(json(AnswerBlocks.answer(Question.of(QUESTION), declined)), "actions").get(0).path("elements");

        assertEquals(2, buttons.size());
    }

    private static Answer answer(String text, List<Citation> citations) {
        return new Answer(text, true, citations, List.of(), "extractive", 5);
    }

    private static List<Citation> citations(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> new Citation(n, "doc", "doc.txt", "Title " + n,
                "Window " + n, 0, 10, "Quote " + n, 0, 5, 0, 0.8)).toList();
    }

    private JsonNode json(SlackMessage message) throws Exception {
        return mapper.readTree(GsonFactory.createSnakeCase().toJson(message.blocks()));
    }

    private static List<JsonNode> ofType(JsonNode blocks, String type) {
        List<JsonNode> found = new ArrayList<>();
        blocks.forEach(b -> {
            if (b.path("type").asText().equals(type)) {
                found.add(b);
            }
        });
        return found;
    }
}
