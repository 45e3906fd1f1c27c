package dev.citebot.retrieve;

import dev.citebot.config.RetrievalConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.Vectors;
import dev.citebot.index.Bm25Index;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.index.VectorSearch;
import dev.citebot.text.Languages;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the passages closest to a question: dense vectors, BM25, or both fused ({@link RankFusion}). */
public final class Retriever {
    private final RetrievalConfig config;
    private final Embedder embedder;
    private final Terms terms;

    public Retriever(RetrievalConfig config, Embedder embedder, Terms terms) {
        this.config = config;
        this.embedder = embedder;
        this.terms = terms;
    }

    /** True once a question can be embedded without waiting for the model to load. */
    public boolean canEmbed() {
        return embedder.isLoaded();
    }

    /** Waits until the embedding model is loaded. */
    public void awaitModel() {
        embedder.model();
    }

    /** An English query. */
    public Query query(String text) {
        return query(text, Languages.ENGLISH);
    }

    /**
     * A query analysed in the given language. Only languages the embedding model reads (English) are embedded:
     * the bundled models are English, and their vectors of other text would only add noise to BM25's ranking.
     */
    public Query query(String text, String language) {
        float[] vector = Languages.readsAsEnglish(language) ? embedder.embedQuery(text) : Query.NO_VECTOR;
        return new Query(text, vector, List.copyOf(new LinkedHashSet<>(terms.of(text, language))), language);
    }

    /** The query for a question, in the language {@link QuestionLanguage} reads it in. */
    public Query query(KnowledgeIndex index, String text) {
        return query(text, QuestionLanguage.of(text, index, terms).analysis());
    }

    public List<ScoredPassage> retrieve(KnowledgeIndex index, Query query, int k) {
        if (index.isEmpty()) {
            return List.of();
        }
        int depth = Math.max(k, config.maxTopK());
        List<Bm25Index.Hit> lexical = lexical(index, query, depth);
        if (query.hasVector() && !index.passageVectors().complete()) {
            prepare(index, lexical);
        }
        List<ScoredPassage> ranked = !query.hasVector() ? bm25(index, query, lexical) : switch (config.mode()) {
            case DENSE -> dense(index, query, depth, lexical);
            case BM25 -> bm25(index, query, lexical);
            case HYBRID -> hybrid(index, dense(index, query, depth, lexical), bm25(index, query, lexical));
        };
        ranked = ParentWindows.blended(ranked, p -> ParentWindows.neighbours(index, p), config.windowWeight());
        return ranked.subList(0, Math.min(k, ranked.size()));
    }

    /** BM25's passages for the query's terms, and for the terms feedback adds from its first passages. */
    private List<Bm25Index.Hit> lexical(KnowledgeIndex index, Query query, int depth) {
        List<Bm25Index.Hit> first = index.bm25().search(query.terms(), depth);
        if (config.feedbackTerms() == 0 || first.isEmpty()) {
            return first;
        }
        Map<String, Double> added = QueryFeedback.terms(index.bm25(), index.passages().size(), query.terms(),
                first.subList(0, Math.min(RetrievalConfig.FEEDBACK_PASSAGES, first.size())),
                p -> index.bm25().terms().of(index.passage(p).text(), index.passageLanguage(p)),
                config.feedbackTerms(), config.feedbackWeight());
        return added.isEmpty() ? first : index.bm25().search(query.terms(), added, depth);
    }

    /**
     * With parent windows on, the passages before and after each one found are candidates too (scored by their own
     * cosine and, if BM25 found them, BM25 score): the answer may be in the passage next to the one that matches.
     */
    private List<ScoredPassage> withNeighbours(KnowledgeIndex index, Query query, List<ScoredPassage> found,
                                               Map<Integer, Float> bm25, boolean byCosine) {
        if (config.windowWeight() == 0) {
            return found;
        }
        Set<Integer> seen = new HashSet<>();
        found.forEach(h -> seen.add(h.passage()));
        bm25.keySet().forEach(seen::add);
        List<ScoredPassage> out = new ArrayList<>(found);
        List<Integer> around = new ArrayList<>(seen);
        for (int p : around) {
            for (int q : ParentWindows.neighbours(index, p)) {
                if (seen.add(q) && readsDense(index, q)) {
                    double cosine = Vectors.dot(query.vector(), index.passageVector(q));
                    double lexical = bm25.getOrDefault(q, 0f);
                    out.add(new ScoredPassage(q, byCosine ? cosine : lexical, cosine, lexical));
                }
            }
        }
        out.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return out;
    }

    /** Passages in a language the embedding model does not read are ranked by BM25 alone. */
    private List<ScoredPassage> hybrid(KnowledgeIndex index, List<ScoredPassage> dense, List<ScoredPassage> bm25) {
        return switch (config.fusion()) {
            case WEIGHTED -> RankFusion.weighted(dense, bm25, config.denseWeight(), p -> readsDense(index, p));
            case RRF -> RankFusion.fuse(List.of(dense, bm25), config.rrfK());
        };
    }

    private List<ScoredPassage> dense(KnowledgeIndex index, Query query, int depth, List<Bm25Index.Hit> lexical) {
        Map<Integer, Float> bm25 = new HashMap<>();
        lexical.forEach(h -> bm25.put(h.passage(), h.score()));
        List<ScoredPassage> hits = new ArrayList<>();
        for (VectorSearch.Hit hit : index.vectorSearch().map(v -> v.search(query.vector(), depth))
                .orElseGet(() -> byCosine(index, query, lexical))) {
            if (!readsDense(index, hit.passage())) {
                continue;
            }
            hits.add(new ScoredPassage(hit.passage(), hit.cosine(), hit.cosine(), bm25.getOrDefault(hit.passage(), 0f)));
        }
        return withNeighbours(index, query, hits, bm25, true);
    }

    /**
     * Passage vectors left for later ({@link dev.citebot.index.PassageVectors}): those of BM25's candidates and of
     * the passages around them, which the ranking reads, embedded in one model call.
     */
    private void prepare(KnowledgeIndex index, List<Bm25Index.Hit> lexical) {
        Set<Integer> reached = new LinkedHashSet<>();
        for (Bm25Index.Hit hit : lexical) {
            if (readsDense(index, hit.passage())) {
                reached.add(hit.passage());
            }
        }
        if (config.windowWeight() != 0) {
            for (int p : List.copyOf(reached)) {
                for (int q : ParentWindows.neighbours(index, p)) {
                    if (readsDense(index, q)) {
                        reached.add(q);
                    }
                }
            }
        }
        index.passageVectors().prepare(reached);
    }

    /**
     * The dense side while some passages have no vector yet: BM25's candidates ranked by their cosines, so that an
     * answer does not depend on how far the background fill has come.
     */
    private static List<VectorSearch.Hit> byCosine(KnowledgeIndex index, Query query, List<Bm25Index.Hit> lexical) {
        List<VectorSearch.Hit> hits = new ArrayList<>();
        for (Bm25Index.Hit hit : lexical) {
            if (readsDense(index, hit.passage())) {
                double cosine = Vectors.dot(query.vector(), index.passageVector(hit.passage()));
                hits.add(new VectorSearch.Hit(hit.passage(), cosine));
            }
        }
        hits.sort(Comparator.comparingDouble(VectorSearch.Hit::cosine).reversed());
        return hits;
    }

    /** True when the embedding model reads the passage's language (the bundled models read English). */
    private static boolean readsDense(KnowledgeIndex index, int passage) {
        return Languages.readsAsEnglish(index.passageLanguage(passage));
    }

    private static List<ScoredPassage> bm25(KnowledgeIndex index, Query query, List<Bm25Index.Hit> lexical) {
        List<ScoredPassage> hits = new ArrayList<>();
        for (Bm25Index.Hit hit : lexical) {
            double cosine = readsDense(index, hit.passage())
                    ? Vectors.dot(query.vector(), index.passageVector(hit.passage())) : 0;
            hits.add(new ScoredPassage(hit.passage(), hit.score(), cosine, hit.score()));
        }
        hits.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return hits;
    }
}
