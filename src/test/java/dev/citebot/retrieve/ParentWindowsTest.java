package dev.citebot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ParentWindowsTest {
    /** Passages 0-2 are one document, 3-4 another. */
    private static final IntFunction<List<Integer>> NEIGHBOURS = p -> switch (p) {
        case 0 -> List.of(1);
        case 1 -> List.of(0, 2);
        case 2 -> List.of(1);
        case 3 -> List.of(4);
        default -> List.of(3);
    };

    private static ScoredPassage hit(int passage, double score) {
        return new ScoredPassage(passage, score, 0.3, 1.5);
    }

    @Test
    void ofTwoPassagesThatMatchAlikeTheOneWhoseNeighbourMatchesRanksFirst() {
        // 3 and 1 match alike (3 first by order); 1's neighbour 2 matches well, 3's neighbour 4 hardly
        List<ScoredPassage> ranked = List.of(hit(2, 0.9), hit(3, 0.5), hit(1, 0.5), hit(4, 0.1));

        List<ScoredPassage> blended = ParentWindows.blended(ranked, NEIGHBOURS, 0.3);

        assertEquals(List.of(2, 1, 3, 4), blended.stream().map(ScoredPassage::passage).toList());
        assertEquals(0.5 + 0.3 * 0.9, blended.get(1).score(), 1e-12, "its own score and 0.3 of its best neighbour's");
        assertEquals(0.9 + 0.3 * 0.5, blended.get(0).score(), 1e-12);
        assertEquals(0.3, blended.get(1).dense(), "the evidence stays the passage's own");
        assertEquals(1.5, blended.get(1).bm25());
    }

    @Test
    void aPassageOfAnotherDocumentIsNoNeighbour() {
        // 2 and 3 are next to each other in the index, but in two documents
        List<ScoredPassage> ranked = List.of(hit(2, 0.9), hit(0, 0.45), hit(3, 0.4));

        List<ScoredPassage> blended = ParentWindows.blended(ranked, NEIGHBOURS, 0.5);

        assertEquals(0.4, blended.get(2).score(), 1e-12, "3 gains nothing from 2");
        assertEquals(List.of(2, 0, 3), blended.stream().map(ScoredPassage::passage).toList());
    }

    @Test
    void weightZeroRanksEachPassageAlone() {
        List<ScoredPassage> ranked = List.of(hit(3, 0.5), hit(1, 0.5), hit(2, 0.4));
        assertSame(ranked, ParentWindows.blended(ranked, NEIGHBOURS, 0));
    }
}
