package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.answer.Turn;
import dev.citebot.pipeline.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonValueIT {
    private static final String EARLIER = "Where are the ECOWAS military chiefs meeting?";

    @Test
    void aQuestionWithoutHistoryIsCarriedAsItsPlainText() {
        assertEquals(TestCitebot.ANSWERABLE, ButtonValue.of(Question.of(TestCitebot.ANSWERABLE)));
        assertEquals(Question.of(TestCitebot.ANSWERABLE), ButtonValue.parse(TestCitebot.ANSWERABLE));
    }

    @Test
    void aFollowUpCarriesTheQuestionBeforeItAndComesBackWithIt() {
        Question followUp = new Question("and when?", List.of(new Turn("user", "first"), new Turn("user", EARLIER)), 0);

        Question clicked = ButtonValue.parse(ButtonValue.of(followUp));

        assertEquals("and when?", clicked.text());
        assertEquals(List.of(new Turn("user", EARLIER)), clicked.history(), "the last earlier question is enough");
    }

    @Test
    void aLongEarlierQuestionIsCutSoTheValueStaysWithinSlacksLimit() {
        String earlier = "\"quoted\" \\ ".repeat(400); // escapes make the JSON longer than the text
        Question followUp = new Question("and when?", List.of(new Turn("user", earlier)), 0);

        String value = ButtonValue.of(followUp);

        assertTrue(value.length() <= ButtonValue.MAX_CHARS, "length " + value.length());
        Question clicked = ButtonValue.parse(value);
        assertEquals("and when?", clicked.text());
        assertTrue(earlier.startsWith(clicked.history().get(0).content()));
    }

    @Test
    void aQuestionAtTheLimitLeavesNoRoomAndIsCarriedAlone() {
        String longest = "x".repeat(ButtonValue.MAX_CHARS);
        assertEquals(longest, ButtonValue.of(new Question(longest, List.of(new Turn("user", EARLIER)), 0)));
    }

    @Test
    void aQuestionThatOnlyLooksLikeTheFormatIsTakenAsItStands() {
        String odd = "{\"q\": what does this mean";
        assertEquals(Question.of(odd), ButtonValue.parse(odd));
    }
}
