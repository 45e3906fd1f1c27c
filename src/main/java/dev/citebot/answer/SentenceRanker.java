package dev.citebot.answer;

import dev.citebot.chunk.Passage;
import dev.citebot.config.RankingWeights;
import dev.citebot.embed.Vectors;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.ScoredPassage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the sentences of the retrieved passages as answers, blending the evidence of {@link RankingWeights}:
 * the sentence's own vector, the rare question terms it and its neighbours contain, how well its whole
 * passage matched (which rescues a sentence that says "he" for a name), and whether it shows the kind of thing the
 * question asks for ({@link AnswerKind}).
 */
public final class SentenceRanker {
    private final RankingWeights weights;

    public SentenceRanker(RankingWeights weights) {
        this.weights = weights.normalised();
    }

    public List<CandidateSentence> rank(KnowledgeIndex index, Query query, List<ScoredPassage> passages) {
        Map<String, Double> idf = new HashMap<>();
        query.terms().forEach(t -> idf.put(t, index.bm25().idf(t)));
        double totalIdf = idf.values().stream().mapToDouble(Double::doubleValue).sum();
        double bestBm25 = passages.stream().mapToDouble(ScoredPassage::bm25).max().orElse(0);
        AnswerKind.Kind kind = weights.kind() > 0 ? AnswerKind.of(query.text()) : AnswerKind.Kind.NONE;
        List<CandidateSentence> candidates = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            ScoredPassage hit = passages.get(rank);
            Passage passage = index.passage(hit.passage());
            List<Set<String>> sentenceTerms = new ArrayList<>();
            for (int s = 0; s < passage.sentences().size(); s++) {
                sentenceTerms.add(index.sentenceTerms(hit.passage(), s));
            }
            double context = weights.context() * Math.max(0, hit.dense())
                    + weights.bm25() * (bestBm25 > 0 ? hit.bm25() / bestBm25 : 0);
            for (int s = 0; s < sentenceTerms.size(); s++) {
                double dense = Math.max(0, Vectors.dot(query.vector(), index.sentenceVector(hit.passage(), s)));
                double lexical = covered(idf, sentenceTerms.get(s), totalIdf);
                double window = coveredAround(idf, sentenceTerms, s, totalIdf);
                String text = kind == AnswerKind.Kind.NONE ? "" : index.sentenceText(hit.passage(), s);
                boolean shows = kind != AnswerKind.Kind.NONE && AnswerKind.offers(kind, query.text(), text);
                double score = weights.dense() * dense + weights.lexical() * lexical + weights.window() * window
                        + weights.kind() * (shows ? 1 : 0) + context;
                candidates.add(new CandidateSentence(hit.passage(), s, rank, dense, lexical, score, shows,
                        shows && AnswerKind.showsAlone(text)));
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        return candidates;
    }

    /** Share of the question's IDF mass whose terms are in the sentence or the one before or after it. */
    private static double coveredAround(Map<String, Double> idf, List<Set<String>> sentenceTerms, int s,
                                        double totalIdf) {
        if (totalIdf <= 0) {
            return 0;
        }
        Set<String> before = s > 0 ? sentenceTerms.get(s - 1) : Set.of();
        Set<String> after = s + 1 < sentenceTerms.size() ? sentenceTerms.get(s + 1) : Set.of();
        double covered = 0;
        for (Map.Entry<String, Double> e : idf.entrySet()) {
            String term = e.getKey();
            if (sentenceTerms.get(s).contains(term) || before.contains(term) || after.contains(term)) {
                covered += e.getValue();
            }
        }
        return covered / totalIdf;
    }

    /** Share of the question's IDF mass whose terms are present. */
    private static double covered(Map<String, Double> idf, Set<String> present, double totalIdf) {
        if (totalIdf <= 0) {
            return 0;
        }
        double covered = 0;
        for (Map.Entry<String, Double> e : idf.entrySet()) {
            if (present.contains(e.getKey())) {
                covered += e.getValue();
            }
        }
        return covered / totalIdf;
    }
}
