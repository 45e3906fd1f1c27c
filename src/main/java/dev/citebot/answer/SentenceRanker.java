package dev.citebot.answer;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.embed.Vectors;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.ScoredPassage;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the sentences of the retrieved passages as answers. Three kinds of evidence are blended:
 * the sentence's own vector (dense), the question terms it contains weighted by rarity (lexical),
 * and how well its whole passage matched (context, which catches sentences that say "he" for a name).
 */
public final class SentenceRanker {
    /** Weights of the three kinds of evidence; they sum to 1 so that scores stay in 0..1. */
    public record Weights(double dense, double lexical, double context) {
        public static final Weights DEFAULT = new Weights(0.45, 0.35, 0.20);
    }

    private final Terms terms;
    private final Weights weights;

    public SentenceRanker(Terms terms, Weights weights) {
        this.terms = terms;
        this.weights = weights;
    }

    public List<CandidateSentence> rank(KnowledgeIndex index, Query query, List<ScoredPassage> passages) {
        List<CandidateSentence> candidates = new ArrayList<>();
        double totalIdf = 0;
        for (String t : query.terms()) {
            totalIdf += index.bm25().idf(t);
        }
        for (int rank = 0; rank < passages.size(); rank++) {
            ScoredPassage hit = passages.get(rank);
            Passage passage = index.passage(hit.passage());
            String docText = index.document(passage.documentId()).orElseThrow().text();
            double context = Math.max(0, hit.dense());
            for (int s = 0; s < passage.sentences().size(); s++) {
                Span span = passage.sentences().get(s);
                double dense = Math.max(0, Vectors.dot(query.vector(), index.sentenceVector(hit.passage(), s)));
                double lexical = lexical(index, query, span.of(docText), totalIdf);
                double score = weights.dense() * dense + weights.lexical() * lexical + weights.context() * context;
                candidates.add(new CandidateSentence(hit.passage(), s, rank, dense, lexical, score));
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        return candidates;
    }

    private double lexical(KnowledgeIndex index, Query query, String sentence, double totalIdf) {
        if (totalIdf <= 0) {
            return 0;
        }
        Set<String> present = new HashSet<>(terms.of(sentence));
        double covered = 0;
        for (String t : query.terms()) {
            if (present.contains(t)) {
                covered += index.bm25().idf(t);
            }
        }
        return covered / totalIdf;
    }
}
