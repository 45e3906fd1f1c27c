package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.config.AnswerConfig;
import dev.citebot.config.RankingWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a question asks for a command, path or number, a line that shows one on its own (a table row, a command
 * line) is quoted first if it scores nearly as well as the best sentence, which only talks about it.
 */
class ShownLineFirstTest {
    private static final RankingWeights WEIGHTS = new RankingWeights(0.48, 0.16, 0.16, 0.12, 0.08, 0);
    private final AnswerComposer composer = new AnswerComposer(
            new AnswerConfig(3, 0, 0.1, 1.0, 0.8, 0.7, 3, WEIGHTS), null, new SentenceRanker(WEIGHTS), null);

    private static CandidateSentence prose(int sentence, double score) {
        return new CandidateSentence(0, sentence, 0, 0.5, 0.2, score, false);
    }

    private static CandidateSentence line(int sentence, double score) {
        return new CandidateSentence(1, sentence, 1, 0.4, 0.1, score, true);
    }

    @Test
    void aLineNearlyAsGoodAsTheBestProseIsQuotedFirst() {
        CandidateSentence best = prose(0, 0.60);
        CandidateSentence second = prose(1, 0.55);
        CandidateSentence command = line(0, 0.45);

        List<CandidateSentence> chosen = composer.chooseSentences(List.of(best, second, command));

        assertEquals(List.of(command, best, second), chosen);
    }

    @Test
    void aLineFarBelowTheBestSentenceIsNotQuoted() {
        CandidateSentence best = prose(0, 0.60);
        CandidateSentence command = line(0, 0.60 * 0.7 - 0.01);

        assertEquals(List.of(best), composer.chooseSentences(List.of(best, command)));
    }

    @Test
    void theFirstOfSeveralLinesIsTheOneQuotedFirst() {
        CandidateSentence best = prose(0, 0.60);
        CandidateSentence better = line(0, 0.50);
        CandidateSentence worse = line(1, 0.47);

        assertEquals(List.of(better, best), composer.chooseSentences(List.of(best, better, worse)));
    }

    @Test
    void aRatioAboveOneTurnsTheRuleOff() {
        AnswerComposer off = new AnswerComposer(new AnswerConfig(3, 0, 0.1, 1.0, 0.8, 1.01, 3, WEIGHTS), null,
                new SentenceRanker(WEIGHTS), null);
        CandidateSentence best = prose(0, 0.60);
        CandidateSentence command = line(0, 0.59);

        assertEquals(List.of(best, command), off.chooseSentences(List.of(best, command)));
    }

    @Test
    void whenTheBestSentenceIsALineTheOrderStays() {
        CandidateSentence best = line(0, 0.60);
        CandidateSentence second = prose(1, 0.55);
        CandidateSentence other = line(1, 0.47);

        assertEquals(List.of(best, second), composer.chooseSentences(List.of(best, second, other)));
    }
}
