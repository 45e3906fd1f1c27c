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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
        List<Bm25Index.Hit> lexical = index.bm25().search(query.terms(), depth);
        List<ScoredPassage> ranked = !query.hasVector() ? bm25(index, query, lexical) : switch (config.mode()) {
            case DENSE -> dense(index, query, depth, lexical);
            case BM25 -> bm25(index, query, lexical);
            case HYBRID -> hybrid(index, dense(index, query, depth, lexical), bm25(index, query, lexical));
        };
        return ranked.subList(0, Math.min(k, ranked.size()));
    }

    /** Passages in a language the embedding model does not read are ranked by BM25 alone. */
    private List<ScoredPassage> hybrid(KnowledgeIndex index, List<ScoredPassage> dense, List<ScoredPassage> bm25) {
        return switch (config.fusion()) {
            case WEIGHTED -> RankFusion.weighted(dense, bm25, config.denseWeight(), p -> readsDense(index, p));
            case RRF -> RankFusion.fuse(List.of(dense, bm25), config.rrfK());
        };
    }

    private static List<ScoredPassage> dense(KnowledgeIndex index, Query query, int depth,
                                             List<Bm25Index.Hit> lexical) {
        Map<Integer, Float> bm25 = new HashMap<>();
        lexical.forEach(h -> bm25.put(h.passage(), h.score()));
        List<ScoredPassage> hits = new ArrayList<>();
        for (VectorSearch.Hit hit : index.vectorSearch().search(query.vector(), depth)) {
            if (!readsDense(index, hit.passage())) {
                continue;
            }
            hits.add(new ScoredPassage(hit.passage(), hit.cosine(), hit.cosine(), bm25.getOrDefault(hit.passage(), 0f)));
        }
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
