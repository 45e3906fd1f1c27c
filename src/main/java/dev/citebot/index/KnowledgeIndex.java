package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.ingest.IngestFailure;
import dev.citebot.ingest.SourceDocument;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable snapshot of everything searchable: documents, their passages, the dense store of passage
 * vectors, the sentence vectors used to pick answer sentences, and the BM25 index. A new snapshot replaces
 * an old one whole, so a question never sees half an index.
 */
public final class KnowledgeIndex {
    private final Map<String, SourceDocument> documents = new LinkedHashMap<>();
    private final List<Passage> passages;
    private final Map<String, Long> passageCounts = new HashMap<>();
    private final VectorSearch vectorSearch;
    private final float[][] passageVectors;
    private final SentenceVectors sentenceVectors;
    private final Set<String>[][] sentenceTerms;
    private final Bm25Index bm25;
    private final List<IngestFailure> failures;
    private final IndexStats stats;

    KnowledgeIndex(List<SourceDocument> documents, List<Passage> passages,
                   VectorSearch vectorSearch, float[][] passageVectors, SentenceVectors sentenceVectors, Bm25Index bm25,
                   List<IngestFailure> failures, IndexStats stats) {
        documents.forEach(d -> this.documents.put(d.id(), d));
        this.passages = List.copyOf(passages);
        this.vectorSearch = vectorSearch;
        passages.forEach(p -> passageCounts.merge(p.documentId(), 1L, Long::sum)); // GET /api/documents lists them all
        this.passageVectors = passageVectors;
        this.sentenceVectors = sentenceVectors;
        @SuppressWarnings("unchecked")
        Set<String>[][] memo = new Set[passages.size()][];
        this.sentenceTerms = memo;
        this.bm25 = bm25;
        this.failures = List.copyOf(failures);
        this.stats = stats;
    }

    public List<SourceDocument> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<SourceDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public List<Passage> passages() {
        return passages;
    }

    public Passage passage(int number) {
        return passages.get(number);
    }

    public long passageCount(String documentId) {
        return passageCounts.getOrDefault(documentId, 0L);
    }

    /** Dense search over the passage vectors. */
    public VectorSearch vectorSearch() {
        return vectorSearch;
    }

    /** Unit vector of passage {@code p}. */
    public float[] passageVector(int p) {
        return passageVectors[p];
    }

    /**
     * The analysed terms of sentence {@code s} of passage {@code p}, worked out on first use and kept: answering
     * reads the same sentences again and again, and analysing them was the largest cost after the embedding.
     * (Racing threads may both compute a set; either result is the same immutable set.)
     */
    public Set<String> sentenceTerms(int p, int s) {
        Set<String>[] forPassage = sentenceTerms[p];
        if (forPassage == null) {
            @SuppressWarnings("unchecked")
            Set<String>[] fresh = new Set[passages.get(p).sentences().size()];
            sentenceTerms[p] = fresh;
            forPassage = fresh;
        }
        Set<String> terms = forPassage[s];
        if (terms == null) {
            Passage passage = passages.get(p);
            String text = passage.sentences().get(s).of(documents.get(passage.documentId()).text());
            terms = Set.copyOf(bm25.terms().of(text));
            forPassage[s] = terms;
        }
        return terms;
    }

    /** Unit vector of sentence {@code s} of passage {@code p} (embedded now if it was left for later). */
    public float[] sentenceVector(int p, int s) {
        return sentenceVectors.get(p, s);
    }

    /** The sentence vectors, to embed those a question will read in one call, or all of them in the background. */
    public SentenceVectors sentenceVectors() {
        return sentenceVectors;
    }

    public Bm25Index bm25() {
        return bm25;
    }

    public List<IngestFailure> failures() {
        return failures;
    }

    public IndexStats stats() {
        return stats;
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }
}
