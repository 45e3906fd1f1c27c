package dev.citebot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    private static ScoredPassage hit(int passage, double bm25) {
        return new ScoredPassage(passage, 0, 0.5, bm25);
    }

    @Test
    void fusesByReciprocalRankCountedByHand() {
        List<ScoredPassage> dense = List.of(hit(1, 0), hit(2, 0), hit(3, 0));
        List<ScoredPassage> lexical = List.of(hit(3, 9), hit(1, 7), hit(4, 5));

        List<ScoredPassage> fused = RankFusion.fuse(List.of(dense, lexical), 60);

        // 1: 1/61 + 1/62 = 0.032522; 3: 1/63 + 1/61 = 0.032266; 2: 1/62; 4: 1/63
        assertEquals(List.of(1, 3, 2, 4), fused.stream().map(ScoredPassage::passage).toList());
        assertEquals(1.0 / 61 + 1.0 / 62, fused.get(0).score(), 1e-12);
        assertEquals(1.0 / 63, fused.get(3).score(), 1e-12);
    }

    @Test
    void keepsTheBm25EvidenceOfAPassageFoundByBothLists() {
        List<ScoredPassage> fused = RankFusion.fuse(List.of(List.of(hit(7, 0)), List.of(hit(7, 4.5))), 60);
        assertEquals(4.5, fused.get(0).bm25());
    }

    @Test
    void aPassageInOneListOnlyStillCounts() {
        List<ScoredPassage> fused = RankFusion.fuse(List.of(List.of(hit(1, 0)), List.of()), 60);
        assertEquals(1, fused.size());
    }
}
