package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.IndexConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a {@link KnowledgeIndex} from parsed documents: passages, their vectors (reused from the last build or
 * the vector cache, else embedded), the keyword index and the dense search.
 */
public final class Indexer {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    static final int FLAT_ABOVE = 20_000;
    private final PassageSplitter splitter;
    private final Terms terms;
    private final boolean contextHeaders;
    private final Embedder embedder;
    private final VectorReuse vectors;
    private final Sentences sentences;
    private final boolean passagesLater;
    private final DocumentLanguages documentLanguages;

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

    /**
     * What an index holds and when its vectors are made.
     *
     * @param contextHeaders put a header from the file name (or title) and the passage's section heading in front
     *                       of what is embedded and indexed
     * @param sentences      when each sentence gets a vector of its own (better answer sentences; about twice the
     *                       embedding work), or never
     * @param passagesLater  with {@link Sentences#LATER}: the index is returned once its passages are split and
     *                       keyword-indexed, before any is embedded; a passage is embedded when a question first
     *                       reaches it or by {@link PassageVectors#fill} (the same vectors, made later)
     */
    public record Options(boolean contextHeaders, Sentences sentences, boolean passagesLater) {
        /** Every vector made before the index is returned. */
        public static Options eager(boolean contextHeaders, boolean sentenceVectors) {
            return new Options(contextHeaders, sentenceVectors ? Sentences.EAGER : Sentences.PASSAGE, false);
        }

        /** As configured ({@code index.*}). */
        public static Options of(IndexConfig index) {
            Sentences sentences = !index.sentenceVectors() ? Sentences.PASSAGE
                    : index.sentenceVectorsLater() ? Sentences.LATER : Sentences.EAGER;
            return new Options(index.contextHeaders(), sentences, index.passageVectorsLater());
        }
    }

    /** Each new or changed document's languages detected at each build. */
    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, Options options, VectorCache cache) {
        this(splitter, embedder, terms, options, cache, DocumentLanguages.detected(terms.languages()));
    }

    /** @param documentLanguages where each new or changed document's languages come from (detected, or kept) */
    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, Options options, VectorCache cache,
                   DocumentLanguages documentLanguages) {
        this.documentLanguages = documentLanguages;
        this.splitter = splitter;
        this.terms = terms;
        this.contextHeaders = options.contextHeaders();
        this.embedder = embedder;
        this.passagesLater = options.passagesLater();
        this.vectors = new VectorReuse(embedder, cache, splitter.settings(), options.sentences(),
                options.passagesLater());
        this.sentences = options.sentences();
    }

    public KnowledgeIndex build(IngestResult ingested) {
        return build(ingested, (KnowledgeIndex) null);
    }

    /**
     * An index of documents already extracted whose vectors come from {@code made} (a replica reading the shared
     * store): the same passages and vectors as the build that made them, with nothing embedded that {@code made}
     * holds under the same key. A document found in {@code split} (by id) takes its passages and languages from
     * there and is not split again; the others are split.
     */
    public KnowledgeIndex build(IngestResult ingested, Map<String, SplitDocument> split, VectorCache made) {
        return build(ingested, null, split, made);
    }

    /**
     * As {@link #build(IngestResult, Map, VectorCache)}, for a replica moving to a new generation: a document that is
     * the very object {@code previous} was built from (a reader holds the rows of the generation it serves, and a
     * row never changes once written) keeps what {@code previous} made of it, passages, vectors, headings and
     * keyword runs, as {@link #build(IngestResult, KnowledgeIndex)} keeps an unchanged file's. A document read
     * from the store again, even with the same id and bytes (a row written again under a new embedding model or
     * new chunking settings), is a new object and is built from {@code split} and {@code made}.
     *
     * @param previous the collection's current index, or null
     */
    public KnowledgeIndex build(IngestResult ingested, KnowledgeIndex previous, Map<String, SplitDocument> split,
                                VectorCache made) {
        return build(ingested, previous, (earlier, doc) -> earlier.doc == doc, split,
                new VectorReuse(embedder, made, splitter.settings(), sentences, passagesLater));
    }

    /**
     * The index of these documents. Those that {@code previous} holds unchanged (same id, path and bytes) keep
     * what it made of them: their passages, vectors (with the sentence vectors embedded since) and keyword
     * index; only new and changed documents are split, embedded and analysed. The index is the one a build from
     * scratch would make, so are the answers.
     *
     * @param previous the collection's current index, or null
     */
    public KnowledgeIndex build(IngestResult ingested, KnowledgeIndex previous) {
        return build(ingested, previous, VectorReuse.Part::holds, Map.of(), vectors);
    }

    /** @param unchanged whether a part of {@code previous} holds a document of this build as it is now */
    private KnowledgeIndex build(IngestResult ingested, KnowledgeIndex previous,
                                 BiPredicate<VectorReuse.Part, SourceDocument> unchanged,
                                 Map<String, SplitDocument> split, VectorReuse vectors) {
        long started = System.nanoTime();
        Map<String, VectorReuse.Part> before = new HashMap<>();
        if (previous != null) {
            previous.sentenceVectors().parts().forEach(p -> before.put(p.doc.id(), p));
        }
        List<VectorReuse.Part> parts = new ArrayList<>();
        int kept = 0;
        int given = 0;
        for (SourceDocument doc : ingested.documents()) {
            VectorReuse.Part earlier = before.get(doc.id());
            SplitDocument made = split.get(doc.id());
            if (earlier != null && unchanged.test(earlier, doc)) {
                parts.add(earlier);
                kept++;
            } else if (made != null) {
                parts.add(part(doc, made.passages(), made.language()));
                given++;
            } else {
                parts.add(part(doc));
            }
        }
        int splitNow = parts.size() - kept - given;
        long splitAt = System.nanoTime();
        int[] counts = vectors.fill(parts);
        long embedded = System.nanoTime();
        Bm25Index bm25 = KeywordRuns.index(terms, parts, previous == null ? List.of() : previous.bm25().segments());
        long analysed = System.nanoTime();

        List<Passage> passages = new ArrayList<>();
        List<String> passageLanguages = new ArrayList<>();
        Map<String, LanguageMap> languages = new HashMap<>();
        Map<String, List<SourceDocument.Heading>> headings = new HashMap<>();
        for (VectorReuse.Part part : parts) {
            languages.put(part.doc.id(), part.language);
            headings.put(part.doc.id(), part.headings);
            for (int i = 0; i < part.passages.size(); i++) {
                passageLanguages.add(part.passageLanguage(i));
                passages.add(part.passages.get(i));
            }
        }
        boolean allEmbedded = parts.stream().allMatch(PassageVectors::complete); // else the fill makes the search
        PassageVectors passageVectors = vectors.passagesOf(parts, allEmbedded
                ? vectorSearch(parts.stream().flatMap(p -> Arrays.stream(p.vectors.passages())).toArray(float[][]::new))
                : null);
        SentenceVectors sentenceVectors = vectors.sentencesOf(parts);
        if (sentences == Sentences.EAGER) { // a cache entry written by a LATER build may lack some
            sentenceVectors.fill(() -> false);
        }
        KnowledgeIndex index = new KnowledgeIndex(ingested.documents(), headings, languages, passages, passageLanguages,
                passageVectors, sentenceVectors, bm25, ingested.failures(),
                new IndexStats(counts[0], counts[1], splitNow, kept, Instant.now()));
        LOG.info("index of {} documents ({} kept from the last one, {} with their passages given, {} split), {}"
                        + " passages: split {} ms, vectors {} ms ({} texts embedded), keyword index {} ms, the rest {}"
                        + " ms", parts.size(), kept, given, splitNow, passages.size(),
                millis(started, splitAt), millis(splitAt, embedded), counts[0], millis(embedded, analysed),
                millis(analysed, System.nanoTime()));
        return index;
    }

    /** A document split into passages, with the header and sections put in front of what is embedded. */
    private VectorReuse.Part part(SourceDocument doc) {
        LanguageMap language = documentLanguages.of(doc.text());
        List<Integer> headingStarts = Sections.headings(doc).stream().map(SourceDocument.Heading::start).toList();
        return part(doc, splitter.split(doc.id(), doc.text(), language, headingStarts), language);
    }

    private VectorReuse.Part part(SourceDocument doc, List<Passage> passages, LanguageMap language) {
        List<SourceDocument.Heading> headings = Sections.headings(doc);
        return contextHeaders
                ? new VectorReuse.Part(doc, passages, ContextHeader.of(doc),
                        Sections.withTerms(doc, Sections.of(headings, passages), passages), language, headings)
                : new VectorReuse.Part(doc, passages, "", List.of(), language, headings);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Up to {@link #FLAT_ABOVE} passages, the cosines and ranking of LangChain4j's in-memory store, computed without
     * its per-candidate normalisation; past that, a flat scan of dot products on every core (the same ranking,
     * cosines within float rounding). Both read the passages' own vectors: nothing is copied.
     */
    static VectorSearch vectorSearch(float[][] vectors) {
        if (vectors.length > FLAT_ABOVE) {
            return new FlatVectorSearch(vectors);
        }
        return new CosineVectorSearch(vectors);
    }
}
