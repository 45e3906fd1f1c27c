package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 */
public final class Indexer {
    static final int FLAT_ABOVE = 20_000;
    private final PassageSplitter splitter;
    private final Terms terms;
    private final boolean contextHeaders;
    private final Embedder embedder;
    private final VectorReuse vectors;
    private final Sentences sentences;

    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, boolean contextHeaders) {
        this(splitter, embedder, terms, contextHeaders, true, VectorCache.none());
    }

    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, boolean contextHeaders,
                   VectorCache cache) {
        this(splitter, embedder, terms, contextHeaders, true, cache);
    }

    /**
     * @param contextHeaders  put a header from the file name (or title) and the passage's section heading in front
     *                        of what is embedded and indexed
     * @param sentenceVectors embed each sentence too (better answer sentences; about twice the embedding work);
     *                        without them a sentence is judged by its passage's vector
     */
    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, boolean contextHeaders,
                   boolean sentenceVectors, VectorCache cache) {
        this(splitter, embedder, terms, contextHeaders, sentenceVectors ? Sentences.EAGER : Sentences.PASSAGE, cache);
    }

    /** When sentences get their vectors. */
    public enum Sentences {
        /** Before the index is returned, with the passages (in the same model calls). */
        EAGER,
        /**
         * After: the index is returned once its passages are embedded; a sentence is embedded when a question first
         * reaches its passage or by {@link SentenceVectors#fill}, and kept. The same vectors as {@link #EAGER}.
         */
        LATER,
        /** Never: a sentence is judged by its passage's vector (half the embedding work, weaker answer sentences). */
        PASSAGE
    }

    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, boolean contextHeaders,
                   Sentences sentences, VectorCache cache) {
        this.splitter = splitter;
        this.terms = terms;
        this.contextHeaders = contextHeaders;
        this.embedder = embedder;
        this.vectors = new VectorReuse(embedder, cache, splitter.settings(), sentences);
        this.sentences = sentences;
    }

    public KnowledgeIndex build(IngestResult ingested) {
        return build(ingested, vectors);
    }

    /**
     * An index of documents already extracted whose vectors come from {@code made} (a replica reading the shared
     * store): the same passages and vectors as the build that made them, with nothing embedded that {@code made}
     * holds under the same key.
     */
    public KnowledgeIndex build(IngestResult ingested, VectorCache made) {
        return build(ingested, new VectorReuse(embedder, made, splitter.settings(), sentences));
    }

    private KnowledgeIndex build(IngestResult ingested, VectorReuse vectors) {
        List<VectorReuse.Part> parts = new ArrayList<>();
        Map<String, LanguageMap> languages = new HashMap<>();
        for (SourceDocument doc : ingested.documents()) {
            LanguageMap language = LanguageMap.of(doc.text(), terms.languages());
            languages.put(doc.id(), language);
            List<Passage> passages = splitter.split(doc.id(), doc.text(), language);
            parts.add(contextHeaders
                    ? new VectorReuse.Part(doc, passages, ContextHeader.of(doc), Sections.of(doc, passages))
                    : new VectorReuse.Part(doc, passages, "", List.of()));
        }
        int[] counts = vectors.fill(parts);

        List<Passage> passages = new ArrayList<>();
        List<float[]> passageVectors = new ArrayList<>();
        List<String> indexedTexts = new ArrayList<>();
        List<String> passageLanguages = new ArrayList<>();
        for (VectorReuse.Part part : parts) {
            LanguageMap language = languages.get(part.doc.id());
            for (int i = 0; i < part.passages.size(); i++) {
                Passage passage = part.passages.get(i);
                passageLanguages.add(language.of(passage.start(), passage.end()));
                passages.add(passage);
                passageVectors.add(part.vectors.passages()[i]);
                indexedTexts.add(ContextHeader.prefixed(part.headerOf(i), part.passages.get(i).text()));
            }
        }
        float[][] passageArray = passageVectors.toArray(new float[0][]);
        SentenceVectors sentenceVectors = vectors.sentencesOf(parts);
        if (sentences == Sentences.EAGER) { // a cache entry written by a LATER build may lack some
            sentenceVectors.fill(() -> false);
        }
        return new KnowledgeIndex(ingested.documents(), languages, passages, passageLanguages,
                vectorSearch(passageArray, passages), passageArray, sentenceVectors,
                new Bm25Index(terms, indexedTexts, passageLanguages), ingested.failures(),
                new IndexStats(counts[0], counts[1], Instant.now()));
    }

    /**
     * LangChain4j's in-memory store up to {@link #FLAT_ABOVE} passages; past that, where its per-candidate
     * normalisation makes search the bottleneck, a flat scan over one array on every core (the same ranking).
     */
    static VectorSearch vectorSearch(float[][] vectors, List<Passage> passages) {
        if (vectors.length > FLAT_ABOVE) {
            return new FlatVectorSearch(vectors);
        }
        return new StoreVectorSearch(vectors, passages.stream().map(Passage::text).toList());
    }
}
