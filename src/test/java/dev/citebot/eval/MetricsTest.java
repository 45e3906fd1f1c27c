package dev.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each metric on tiny cases counted by hand. */
class MetricsTest {

    @Test
    void goldMatchingIgnoresCaseAndEmptyGolds() {
        assertTrue(Metrics.containsGold("It happened on JULY 26.", List.of("july 26")));
        assertFalse(Metrics.containsGold("It happened in June.", List.of("July", "")));
        assertFalse(Metrics.containsGold("anything", List.of()));
    }

    @Test
    void goldMatchingReadsAnyRunOfWhitespaceAsOneSpace() {
        assertTrue(Metrics.containsGold("pg_dump will open njobs\n         + 1 connections", List.of("njobs + 1")));
        assertTrue(Metrics.containsGold("a normal recovery will end", List.of("normal\n  recovery")));
        assertFalse(Metrics.containsGold("njobs+1 connections", List.of("njobs + 1")), "no space is not a space");
    }

    @Test
    void answerAt300OnlyLooksAtTheFirst300Characters() {
        String answer = "a".repeat(297) + " gold"; // "gold" would end at character 302
        assertFalse(Metrics.answerAt(answer, List.of("gold"), 300));
        assertTrue(Metrics.answerAt("a".repeat(290) + " gold", List.of("gold"), 300));
    }

    @Test
    void firstHitIsTheRankFromOneOrZero() {
        List<String> passages = List.of("nothing", "still nothing", "the gold is here", "gold again");
        assertEquals(3, Metrics.firstHit(passages, List.of("gold")));
        assertEquals(0, Metrics.firstHit(passages, List.of("silver")));
        assertTrue(Metrics.hitAt(3, 3));
        assertFalse(Metrics.hitAt(3, 1));
        assertFalse(Metrics.hitAt(0, 5));
        assertEquals(1.0 / 3, Metrics.reciprocalRank(3), 1e-12);
        assertEquals(0, Metrics.reciprocalRank(0));
    }

    @Test
    void ndcgOfAPerfectRankingIsOneAndOfAMissIsZero() {
        Map<String, Integer> qrels = Map.of("d1", 1, "d2", 1);
        assertEquals(1.0, Metrics.ndcgAt(List.of("d1", "d2", "x"), qrels, 10), 1e-12);
        assertEquals(1.0, Metrics.ndcgAt(List.of("d2", "d1"), qrels, 10), 1e-12);
        assertEquals(0.0, Metrics.ndcgAt(List.of("x", "y"), qrels, 10), 1e-12);
    }

    @Test
    void ndcgCountedByHand() {
        // one relevant doc at rank 2: DCG = 1/log2(3); ideal DCG = 1/log2(2) = 1
        assertEquals(1 / (Math.log(3) / Math.log(2)), Metrics.ndcgAt(List.of("x", "d1"), Map.of("d1", 1), 10), 1e-12);
        // relevant doc at rank 11 is outside the cut
        List<String> ranked = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "d1");
        assertEquals(0.0, Metrics.ndcgAt(ranked, Map.of("d1", 1), 10), 1e-12);
    }

    @Test
    void recallCountsRelevantDocumentsFoundInTheCut() {
        Map<String, Integer> qrels = Map.of("d1", 1, "d2", 1, "d3", 1, "d4", 1);
        assertEquals(0.5, Metrics.recallAt(List.of("d1", "x", "d3", "d2"), qrels, 3), 1e-12);
        assertEquals(0.75, Metrics.recallAt(List.of("d1", "x", "d3", "d2"), qrels, 100), 1e-12);
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Long> times = List.of(5L, 1L, 4L, 2L, 3L, 10L, 9L, 8L, 7L, 6L);
        assertEquals(5, Metrics.percentile(times, 50));
        assertEquals(10, Metrics.percentile(times, 95));
        assertEquals(1, Metrics.percentile(times, 1));
        assertEquals(0, Metrics.percentile(List.of(), 50));
    }
}
