package dev.citebot.pipeline;

import dev.citebot.answer.Answer;
import dev.citebot.answer.AnswerComposer;
import dev.citebot.answer.AnswerLanguage;
import dev.citebot.answer.Courtesy;
import dev.citebot.answer.Decline;
import dev.citebot.answer.FollowUps;
import dev.citebot.chunk.Passage;
import dev.citebot.index.Indexer;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.index.PassageVectors;
import dev.citebot.index.SentenceVectors;
import dev.citebot.index.SplitDocument;
import dev.citebot.index.VectorCache;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.Ocr;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.QuestionLanguage;
import dev.citebot.retrieve.Retriever;
import dev.citebot.retrieve.ScoredPassage;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Terms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question-answering pipeline every front door shares: ingest, chunk, embed, index, retrieve, answer.
 * It knows nothing of HTTP, Slack or the widget. The index is swapped whole, so readers never see half of one.
 * Each collection (a named set of documents, {@link Question#DEFAULT_COLLECTION} being the seeds folder) has its
 * own index; the stages (parser, model, caches) are shared. Methods without a collection mean the default one.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** How long after the server listens the language profiles are loaded ({@link #warmUpLanguages}). */
    private static final long WARM_UP_DELAY_SECONDS = 2;
    private final DocumentLoader loader;
    private final Indexer indexer;
    private final Retriever retriever;
    private final AnswerComposer composer;
    private final Terms terms;
    private final int defaultTopK;
    private final int maxTopK;
    private final Map<String, KnowledgeIndex> indexes = new ConcurrentHashMap<>();
    /**
     * Embeds the passages and sentences an index left for later, one index at a time; a newer index of the same
     * collection cancels the older's.
     */
    private final ExecutorService vectorFill = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "citebot-vector-fill");
        t.setDaemon(true);
        return t;
    });
    private volatile CompletableFuture<Void> filled = CompletableFuture.completedFuture(null);
    private volatile boolean closed;
    private volatile boolean fillInBackground = true;
    private final AtomicBoolean detectorLoading = new AtomicBoolean();

    public Pipeline(DocumentLoader loader, Indexer indexer, Retriever retriever, AnswerComposer composer, Terms terms,
                    int defaultTopK, int maxTopK) {
        this.loader = loader;
        this.indexer = indexer;
        this.retriever = retriever;
        this.composer = composer;
        this.terms = terms;
        this.defaultTopK = defaultTopK;
        this.maxTopK = maxTopK;
    }

    /**
     * Reads the folder and replaces the index; returns the new index. Files unchanged since the last load are
     * not parsed, split, embedded or keyword-analysed again: the new index keeps what the last one made of them. One load at a time; questions keep using the old index
     * until the new one is complete, then switch to it in one step.
     */
    public KnowledgeIndex load(Path folder) {
        return load(Question.DEFAULT_COLLECTION, folder);
    }

    /** Reads a collection's folder and replaces that collection's index, as {@link #load(Path)} does. */
    public synchronized KnowledgeIndex load(String collection, Path folder) {
        KnowledgeIndex before = indexes.get(collection);
        Map<String, SourceDocument> previous = new HashMap<>();
        if (before != null) {
            before.documents().forEach(d -> previous.put(d.path(), d));
        }
        return publish(collection, indexer.build(loader.load(folder, previous), before));
    }

    /**
     * Replaces a collection's index with one of documents already extracted, whose vectors come from {@code made}
     * (a replica reading the shared store): nothing is parsed, nothing {@code made} holds is embedded, and the
     * documents of {@code split} are not split again. A document that is the same object as one of the index
     * served now (a row the replica held from the generation before) keeps what that index made of it, keyword
     * runs included: only the new documents' passages are analysed.
     */
    public synchronized KnowledgeIndex install(String collection, IngestResult documents,
                                               Map<String, SplitDocument> split, VectorCache made) {
        return publish(collection, indexer.build(documents, indexes.get(collection), split, made));
    }

    private KnowledgeIndex publish(String collection, KnowledgeIndex built) {
        indexes.put(collection, built);
        if (fillInBackground && !(built.passageVectors().complete() && built.sentenceVectors().complete())) {
            PassageVectors passages = built.passageVectors();
            SentenceVectors sentences = built.sentenceVectors();
            BooleanSupplier replaced = () -> closed || indexes.get(collection) != built;
            filled = CompletableFuture.runAsync(() -> {
                try {
                    long started = System.nanoTime();
                    int missing = passages.missing();
                    passages.fill(replaced); // first: the dense search over every passage needs them all
                    if (missing > 0 && passages.complete()) {
                        LOG.info("{} passages embedded in the background in {} ms: the dense search covers every"
                                + " passage", missing, (System.nanoTime() - started) / 1_000_000);
                    }
                    sentences.fill(replaced);
                } catch (RuntimeException e) { // questions still embed what they reach
                    LOG.warn("embedding passages and sentences in the background stopped: {}", e.getMessage());
                }
            }, vectorFill);
        }
        return built;
    }

    /**
     * Loads the language detector's profiles on the background thread, once, unless a document's detection has
     * already: a restart whose documents' languages were kept detects nothing, and every question detects its
     * language. Called once the server listens; begins a little later, so that it does not slow the start's last
     * steps (measured: a quarter of a second on a restart when begun at once). A question before then loads them
     * itself.
     */
    public void warmUpLanguages() {
        if (detectorLoading.compareAndSet(false, true)) {
            CompletableFuture.runAsync(terms.languages()::warmUp,
                    CompletableFuture.delayedExecutor(WARM_UP_DELAY_SECONDS, TimeUnit.SECONDS, vectorFill));
        }
    }

    /**
     * Waits until the background embedding of the latest index's passages and sentences is over (benchmarks
     * measure answers after it, and the store's writer writes a generation only then; questions never need to
     * wait for it).
     */
    public void awaitVectors() {
        filled.join();
    }

    /**
     * Whether vectors left for later are embedded in the background (the default). Off, only questions embed
     * them, those of the passages they reach: what answers are like before the fill is over, for evaluation.
     */
    public void fillInBackground(boolean on) {
        fillInBackground = on;
    }

    /** Forgets a collection's index: its questions are refused as not ready from now on. */
    public void drop(String collection) {
        indexes.remove(collection);
    }

    /** True once the documents are indexed (questions are accepted; the first may wait for the model). */
    public boolean isReady() {
        return isReady(Question.DEFAULT_COLLECTION);
    }

    public boolean isReady(String collection) {
        return indexes.containsKey(collection);
    }

    /**
     * True once a question is answered without waiting: the documents are indexed and the embedding model is
     * loaded (a restart with every vector in the cache indexes without the model, which loads meanwhile).
     */
    public boolean answersWithoutWaiting() {
        return isReady() && retriever.canEmbed();
    }

    /** Waits until the embedding model is loaded (it fails as the model's loading failed). */
    public void awaitModel() {
        retriever.awaitModel();
    }

    /**
     * The extractive answer, for evaluation, benchmarks and the widget's starter-question probes. Front doors
     * answer through an {@link Answerer}, which the metrics observe; this answer is not counted.
     */
    public Answer ask(Question question) {
        return answerWithEvidence(question).answer();
    }

    /**
     * An answer and the passages it was composed from, best first (for evaluation and debugging).
     *
     * @param declinedBy the check that declined the question; null when it is answered
     */
    public record Evidence(Answer answer, List<Passage> passages, Decline declinedBy) {
    }

    public Evidence answerWithEvidence(Question question) {
        long started = System.nanoTime();
        KnowledgeIndex snapshot = current(question.collection());
        String own = Courtesy.strip(question.text());
        QuestionLanguage language = QuestionLanguage.of(own, snapshot, terms);
        String retrievalText = FollowUps.retrievalText(own, question.history(),
                List.of(language.reply(), language.analysis()));
        Query query = retriever.query(retrievalText, language.analysis());
        List<ScoredPassage> passages = retriever.retrieve(snapshot, query, topK(question.topK()));
        // Sentence vectors left for later: those of every passage the answer will read, in one model call.
        snapshot.sentenceVectors().prepare(passages.stream().map(ScoredPassage::passage).toList());
        List<String> ownTerms = List.copyOf(new LinkedHashSet<>(terms.of(own, language.analysis())));
        if (ownTerms.isEmpty()) { // "and when?": all its substance is in the conversation (none without one)
            ownTerms = query.terms();
        }
        AnswerComposer.Composition composed = composer.compose(snapshot, own, ownTerms, query, passages,
                AnswerLanguage.of(language.analysis(), language.reply()));
        Answer answer = composed.answer().withTook((System.nanoTime() - started) / 1_000_000);
        return new Evidence(answer, composed.passages().stream().map(p -> snapshot.passage(p.passage())).toList(),
                composed.declinedBy());
    }

    /** Passages for a query, best first, as deep as asked (evaluation reads past the API's limit). */
    public List<Passage> retrievePassages(String text, int depth) {
        KnowledgeIndex snapshot = current();
        return retriever.retrieve(snapshot, retriever.query(snapshot, text), depth).stream()
                .map(p -> snapshot.passage(p.passage())).toList();
    }

    public List<SearchHit> search(String text, int k) {
        return search(Question.DEFAULT_COLLECTION, text, k);
    }

    public List<SearchHit> search(String collection, String text, int k) {
        KnowledgeIndex snapshot = current(collection);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoredPassage sp : retriever.retrieve(snapshot, retriever.query(snapshot, text), Math.min(k, maxTopK))) {
            Passage p = snapshot.passage(sp.passage());
            SourceDocument doc = snapshot.document(p.documentId()).orElseThrow();
            hits.add(new SearchHit(hits.size() + 1, doc.id(), doc.path(), doc.title(), p.index(), p.start(), p.end(),
                    p.text(), round(sp.score()), round(sp.dense()), round(sp.bm25())));
        }
        return hits;
    }

    public List<DocumentSummary> documents() {
        return documents(Question.DEFAULT_COLLECTION);
    }

    public List<DocumentSummary> documents(String collection) {
        KnowledgeIndex snapshot = current(collection);
        return snapshot.documents().stream().map(d -> summary(snapshot, d)).toList();
    }

    public Optional<SourceDocument> document(String id) {
        return document(Question.DEFAULT_COLLECTION, id);
    }

    public Optional<SourceDocument> document(String collection, String id) {
        return current(collection).document(id);
    }

    /** Whether images and scanned PDF pages are read by OCR, and why not. */
    public Ocr ocr() {
        return loader.ocr();
    }

    public KnowledgeIndex current() {
        return current(Question.DEFAULT_COLLECTION);
    }

    /** The collection's index; {@link NotReadyException} until its first load has finished. */
    public KnowledgeIndex current(String collection) {
        KnowledgeIndex snapshot = indexes.get(collection);
        if (snapshot == null) {
            throw new NotReadyException();
        }
        return snapshot;
    }

    /**
     * Stops the parser process, if extraction runs in one, after the embedding model has finished loading: a JVM
     * that exits while the model's native library loads can crash, so nothing closed here leaves it half-loaded.
     */
    @Override
    public void close() {
        try {
            retriever.awaitModel();
        } catch (RuntimeException ignored) {
            // a model that failed to load is as finished as one that loaded
        }
        // The fill stops after its current model call: a JVM that exits inside one can crash in native code.
        closed = true;
        vectorFill.shutdown();
        try {
            vectorFill.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loader.close();
    }

    private int topK(int requested) {
        return requested <= 0 ? defaultTopK : Math.min(requested, maxTopK);
    }

    private static DocumentSummary summary(KnowledgeIndex index, SourceDocument d) {
        LanguageMap languages = index.languages(d.id());
        return new DocumentSummary(d.id(), d.path(), d.title(), d.contentType(), index.passageCount(d.id()),
                d.sizeBytes(), d.text().length(), languages.language(), languages.languages());
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
