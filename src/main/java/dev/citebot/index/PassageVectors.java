package dev.citebot.index;

import dev.citebot.embed.Embedder;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The passage vectors of one index, and the dense search over them. With {@code index.passage.vectors.later} an
 * index is ready once its passages are split and keyword-indexed: a passage is embedded when a question first
 * reaches it ({@link #prepare}) or by the background fill ({@link #fill}), and kept, in its document's
 * {@link DocumentVectors} and, once the document's passages are all embedded, in the {@link VectorCache}. The
 * texts and the model are those an eager build embeds, so the vectors are the same, only made later.
 *
 * <p>Until every passage has its vector there is no dense search over the whole index ({@link #search} is empty):
 * the retriever then ranks BM25's candidates by their cosines instead, so an answer given during the fill does
 * not depend on how far the fill has come. Once the fill is over, the search is the one an eager build makes.
 *
 * <p>Safe for many threads: a vector is published whole (release/acquire on the array slot); two threads reaching
 * the same missing passage at once may both embed it and publish equal vectors.
 */
public final class PassageVectors {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(float[][].class);

    private final Embedder embedder;
    private final VectorCache cache;
    private final List<VectorReuse.Part> parts;
    private final PassageNumbers numbers;
    /** Documents whose passages were not all embedded when the index was built: stored once they are. */
    private final boolean[] later;
    private volatile VectorSearch search;

    /** @param search the dense search when every passage has its vector already; null otherwise */
    PassageVectors(Embedder embedder, VectorCache cache, List<VectorReuse.Part> parts, VectorSearch search) {
        this.embedder = embedder;
        this.cache = cache;
        this.parts = List.copyOf(parts);
        this.numbers = new PassageNumbers(parts);
        this.later = new boolean[parts.size()];
        for (int d = 0; d < parts.size(); d++) {
            later[d] = !complete(parts.get(d));
        }
        this.search = search;
    }

    /** Unit vector of passage {@code p} (index-wide numbering), embedded now if still missing. */
    public float[] get(int p) {
        float[] vector = published(p);
        if (vector == null) {
            prepare(List.of(p));
            vector = published(p);
        }
        return vector;
    }

    /** Embeds, in one call, the vectors still missing of these passages (those a question is about to read). */
    public void prepare(Collection<Integer> passages) {
        List<Integer> missing = new ArrayList<>();
        for (int p : new LinkedHashSet<>(passages)) {
            if (published(p) == null) {
                missing.add(p);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int p : missing) {
            texts.add(parts.get(numbers.part(p)).indexedText(numbers.local(p)));
        }
        List<float[]> vectors = embedder.embedAll(texts);
        for (int i = 0; i < missing.size(); i++) {
            int p = missing.get(i);
            SLOT.setRelease(parts.get(numbers.part(p)).vectors.passages(), numbers.local(p), vectors.get(i));
        }
    }

    /**
     * Embeds every missing passage, a few at a time, stores each document in the cache once its passages are all
     * embedded, and then makes the dense search over the whole index. Stops early when {@code cancelled} says so (a
     * newer index replaced this one).
     */
    public void fill(BooleanSupplier cancelled) {
        if (search != null) {
            return;
        }
        for (int d = 0; d < parts.size(); d++) {
            for (List<Integer> batch : numbers.batches(d, parts.get(d).passages.size(), SentenceVectors.FILL_BATCH)) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                prepare(batch); // embeds nothing for passages a question reached first
            }
            if (later[d] && complete(parts.get(d))) {
                later[d] = false; // stored once (two fills at once may both store it: the same vectors)
                cache.store(parts.get(d).key, parts.get(d).vectors);
            }
        }
        if (!cancelled.getAsBoolean()) {
            float[][] all = new float[numbers.total()][];
            for (int p = 0; p < all.length; p++) {
                all[p] = published(p);
            }
            search = Indexer.vectorSearch(all);
        }
    }

    /** The dense search over every passage; empty while some passages still have no vector. */
    public Optional<VectorSearch> search() {
        return Optional.ofNullable(search);
    }

    /** True when every passage has its vector and the dense search is made. */
    public boolean complete() {
        return search != null;
    }

    /** Passages without a vector yet. */
    public int missing() {
        if (search != null) { // /ready and /metrics ask often: no scan once the fill is over
            return 0;
        }
        int n = 0;
        for (int p = 0; p < numbers.total(); p++) {
            n += published(p) == null ? 1 : 0;
        }
        return n;
    }

    private float[] published(int p) {
        return (float[]) SLOT.getAcquire(parts.get(numbers.part(p)).vectors.passages(), numbers.local(p));
    }

    /** Whether every passage of a document has its vector (a document is stored in the cache only then). */
    static boolean complete(VectorReuse.Part part) {
        float[][] vectors = part.vectors.passages();
        for (int i = 0; i < vectors.length; i++) {
            if (SLOT.getAcquire(vectors, i) == null) {
                return false;
            }
        }
        return true;
    }
}
