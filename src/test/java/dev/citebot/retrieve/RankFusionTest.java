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

    private static ScoredPassage scored(int passage, double cosine, double bm25) {
        return new ScoredPassage(passage, 0, cosine, bm25);
    }

    @Test
    void weightedFusionSumsMinMaxScaledScoresCountedByHand() {
        // cosines 0.2..0.8 scale to (c - 0.2) / 0.6; BM25 0..10 to b / 10
        List<ScoredPassage> dense = List.of(scored(1, 0.8, 0), scored(2, 0.5, 4), scored(3, 0.2, 0));
        List<ScoredPassage> lexical = List.of(scored(4, 0.35, 10), scored(2, 0.5, 4));

        List<ScoredPassage> fused = RankFusion.weighted(dense, lexical, 0.7);

        // 1: 0.7 x 1 = 0.70; 2: 0.7 x 0.5 + 0.3 x 0.4 = 0.47; 4: 0.7 x 0.25 + 0.3 x 1 = 0.475; 3: 0
        assertEquals(List.of(1, 4, 2, 3), fused.stream().map(ScoredPassage::passage).toList());
        assertEquals(0.70, fused.get(0).score(), 1e-12);
        assertEquals(0.475, fused.get(1).score(), 1e-12);
        assertEquals(0.47, fused.get(2).score(), 1e-12);
        assertEquals(0.0, fused.get(3).score(), 1e-12);
        assertEquals(4, fused.get(2).bm25(), "the evidence is kept");
    }

    @Test
    void weightedFusionIgnoresASideOnWhichAllCandidatesTie() {
        // No passage shares a term with the question: BM25 is 0 everywhere, so the cosine alone orders them.
        List<ScoredPassage> fused = RankFusion.weighted(
                List.of(scored(1, 0.3, 0), scored(2, 0.6, 0)), List.of(), 0.7);
        assertEquals(List.of(2, 1), fused.stream().map(ScoredPassage::passage).toList());
        assertEquals(0.7, fused.get(0).score(), 1e-12);
        assertEquals(0.0, fused.get(1).score(), 1e-12);
    }

    @Test
    void weightedFusionWithAllWeightOnOneSideFollowsThatSide() {
        List<ScoredPassage> dense = List.of(scored(1, 0.9, 1), scored(2, 0.1, 8));
        assertEquals(List.of(1, 2), RankFusion.weighted(dense, List.of(), 1.0).stream()
                .map(ScoredPassage::passage).toList());
        assertEquals(List.of(2, 1), RankFusion.weighted(dense, List.of(), 0.0).stream()
                .map(ScoredPassage::passage).toList());
    }
}
