package dev.citebot.index;

import dev.citebot.embed.Embedder;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The sentence vectors of one index. With {@code index.sentence.vectors.later} an index is ready once its passages
 * are embedded; a passage's sentences are embedded when a question first reaches it ({@link #prepare}) or by the
 * background fill ({@link #fill}), whichever comes first, and kept: in the document's {@link DocumentVectors}
 * (shared with the next build through the {@link VectorCache}) and, once a document is complete, in the cache
 * itself. The texts and the model are those an eager build embeds, so the vectors are the same, only made later.
 *
 * <p>Safe for many threads: a passage's vectors are published whole (release/acquire on the array slot); two
 * threads reaching the same missing passage at once may both embed it and publish equal vectors.
 */
public final class SentenceVectors {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(float[][][].class);
    /** Passages embedded per model call by the fill: small enough that questions get the cores in between. */
    static final int FILL_BATCH = 32;

    private final Embedder embedder;
    private final VectorCache cache;
    private final List<VectorReuse.Part> parts;
    private final AtomicBoolean[] stored;
    private final PassageNumbers numbers;

    SentenceVectors(Embedder embedder, VectorCache cache, List<VectorReuse.Part> parts) {
        this.embedder = embedder;
        this.cache = cache;
        this.parts = List.copyOf(parts);
        this.stored = new AtomicBoolean[parts.size()];
        this.numbers = new PassageNumbers(parts);
        for (int d = 0; d < parts.size(); d++) {
            stored[d] = new AtomicBoolean(complete(parts.get(d))); // read whole from the cache: nothing to store
        }
    }

    /** Vector of sentence {@code s} of passage {@code p} (index-wide numbering), embedded now if still missing. */
    public float[] get(int p, int s) {
        float[][] sentences = published(parts.get(numbers.part(p)).vectors, numbers.local(p));
        if (sentences == null) {
            prepare(List.of(p));
            sentences = published(parts.get(numbers.part(p)).vectors, numbers.local(p));
        }
        return sentences[s];
    }

    /** Embeds, in one call, the sentences still missing of these passages (those a question is about to read). */
    public void prepare(Collection<Integer> passages) {
        List<Integer> missing = new ArrayList<>();
        for (int p : new LinkedHashSet<>(passages)) {
            if (published(parts.get(numbers.part(p)).vectors, numbers.local(p)) == null) {
                missing.add(p);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int p : missing) {
            texts.addAll(parts.get(numbers.part(p)).sentenceTexts(numbers.local(p)));
        }
        List<float[]> vectors = embedder.embedAll(texts);
        int next = 0;
        for (int p : missing) {
            VectorReuse.Part part = parts.get(numbers.part(p));
            float[][] sentences = new float[part.passages.get(numbers.local(p)).sentences().size()][];
            for (int s = 0; s < sentences.length; s++) {
                sentences[s] = vectors.get(next++);
            }
            SLOT.setRelease(part.vectors.sentences(), numbers.local(p), sentences);
        }
    }

    /**
     * Embeds every missing sentence, a few passages at a time, and stores each document in the cache once it is
     * complete. Stops early when {@code cancelled} says so (a newer index replaced this one).
     */
    public void fill(BooleanSupplier cancelled) {
        for (int d = 0; d < parts.size() && !cancelled.getAsBoolean(); d++) {
            for (List<Integer> batch : numbers.batches(d, parts.get(d).passages.size(), FILL_BATCH)) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                prepare(batch);
            }
            if (complete(parts.get(d)) && PassageVectors.complete(parts.get(d)) // never a document half embedded
                    && stored[d].compareAndSet(false, true)) {
                cache.store(parts.get(d).key, parts.get(d).vectors);
            }
        }
    }

    /** Each document with its vector key and vectors, in index order (what the shared store keeps of an index). */
    List<IndexedDocument> documents() {
        return parts.stream().map(p -> new IndexedDocument(p.doc, p.key, p.vectors)).toList();
    }

    /** The documents, in index order, with their passages and vectors (a later build reuses those unchanged). */
    List<VectorReuse.Part> parts() {
        return parts;
    }

    /** True when every sentence of every passage has its vector. */
    public boolean complete() {
        return parts.stream().allMatch(SentenceVectors::complete);
    }

    /** Sentences without a vector yet. */
    public int missing() {
        int n = 0;
        for (VectorReuse.Part part : parts) {
            for (int i = 0; i < part.passages.size(); i++) {
                n += published(part.vectors, i) == null ? part.passages.get(i).sentences().size() : 0;
            }
        }
        return n;
    }

    /** The sentence vectors of passage {@code i} of a document, or null while they are not embedded. */
    static float[][] published(DocumentVectors vectors, int i) {
        return (float[][]) SLOT.getAcquire(vectors.sentences(), i);
    }

    private static boolean complete(VectorReuse.Part part) {
        for (int i = 0; i < part.passages.size(); i++) {
            if (published(part.vectors, i) == null) {
                return false;
            }
        }
        return true;
    }
}
