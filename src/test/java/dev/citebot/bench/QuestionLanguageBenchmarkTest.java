package dev.citebot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLanguageBenchmarkTest {
    @Test
    void countsThePlainlyEnglishQuestionsAndThoseDetectedEnglishAndTimesBoth() {
        QuestionLanguageBenchmark.Result r = QuestionLanguageBenchmark.run(List.of(
                "Where are the ECOWAS chiefs meeting?", // plain: every word besides the name is listed
                "What fault can produce a magnitude 8.7 event?", // plain, though the n-grams say Romanian
                "Welches Team gewann den Super Bowl XXXIII?")); // German: the detector's
        assertEquals(3, r.questions());
        assertEquals(2, r.plain());
        assertEquals(2, r.english());
        assertTrue(r.plainMicros() > 0 && r.detectMicros() > 0);
    }
}
