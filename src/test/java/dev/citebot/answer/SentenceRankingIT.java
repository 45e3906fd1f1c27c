package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.RankingWeights;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.Vectors;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.ScoredPassage;
import dev.citebot.support.Citebots;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentence ranking on the real seed index with the real model. */
class SentenceRankingIT {
    private static KnowledgeIndex index;
    private static Embedder embedder;
    private static final Terms TERMS = new Terms();

    @BeforeAll
    static void load() {
        index = Citebots.pipeline(Citebots.SEEDS, Map.of()).current();
        embedder = new Embedder("all-minilm-l6-v2", "batched", 16, 0, 1);
    }

    private static Query query(String text) {
        return new Query(text, embedder.embedQuery(text), TERMS.of(text));
    }

    private static List<ScoredPassage> everyPassage(Query q) {
        List<ScoredPassage> all = new ArrayList<>();
        for (int p = 0; p < index.passages().size(); p++) {
            all.add(new ScoredPassage(p, 0, Vectors.dot(q.vector(), index.passageVector(p)), 0));
        }
        return all;
    }

    private static String text(CandidateSentence c) {
        return index.passage(c.passage()).sentences().get(c.sentence())
                .of(index.document(index.passage(c.passage()).documentId()).orElseThrow().text());
    }

    @Test
    void theSentenceThatHoldsTheAnswerRanksFirst() {
        Query q = query("When was President Bazoum ousted?");
        List<CandidateSentence> ranked = new SentenceRanker(new RankingWeights(0.48, 0.16, 0.16, 0.12, 0.08, 0))
                .rank(index, q, everyPassage(q));
        assertTrue(text(ranked.get(0)).contains("July 26"), text(ranked.get(0)));
    }

    @Test
    void scoresStayBetweenZeroAndOneAndComeBestFirst() {
        Query q = query("Which mercenaries provide security to autocratic regimes?");
        List<CandidateSentence> ranked = new SentenceRanker(new RankingWeights(5, 1, 1, 1, 1, 0))
                .rank(index, q, everyPassage(q));
        for (int i = 0; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).score() >= 0 && ranked.get(i).score() <= 1);
            if (i > 0) {
                assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score());
            }
        }
    }

    @Test
    void lexicalEvidenceAloneRanksByTheShareOfRareQuestionTermsPresent() {
        Query q = query("uranium oil resources");
        List<CandidateSentence> ranked = new SentenceRanker(new RankingWeights(0, 1, 0, 0, 0, 0))
                .rank(index, q, everyPassage(q));
        assertEquals(1.0, ranked.get(0).lexical(), 1e-9);
        assertEquals(ranked.get(0).lexical(), ranked.get(0).score(), 1e-9);
        assertTrue(text(ranked.get(0)).contains("uranium and oil resources"));
    }

    @Test
    void passagesAreOrderedByTheirBestSentence() {
        List<ScoredPassage> retrieved = List.of(new ScoredPassage(0, 0.9, 0.1, 0), new ScoredPassage(1, 0.8, 0.1, 0));
        List<CandidateSentence> ranked = List.of(new CandidateSentence(1, 0, 1, 0, 0, 0.9),
                new CandidateSentence(0, 0, 0, 0, 0, 0.3));
        assertEquals(List.of(1, 0), AnswerComposer.byEvidence(retrieved, ranked).stream()
                .map(ScoredPassage::passage).toList());
    }
}
