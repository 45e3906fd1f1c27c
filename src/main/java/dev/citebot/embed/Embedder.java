package dev.citebot.embed;

import dev.citebot.config.CitebotConfig;
import dev.citebot.config.EmbeddingConfig;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns texts into unit-length vectors with an in-process model, in batches. The model is loaded in the
 * background from construction on, so that the server can start while it loads; the first embedding waits for it.
 */
public final class Embedder {
    private static final Logger LOG = LoggerFactory.getLogger(Embedder.class);
    /** Texts handed to the model at a time: enough for every core to get several batches. */
    static final int CHUNK = 1024;

    private final CompletableFuture<EmbeddingModel> loading;
    private final String modelName;
    private final QueryVectorCache queries;
    private final QueryBatcher batcher;

    /** As configured: {@code embedding.model}, {@code .engine}, {@code .batch.size}, {@code .query.*}. */
    public static Embedder configured(CitebotConfig config) {
        EmbeddingConfig e = config.embedding();
        return new Embedder(e.model(), e.engine(), e.batchSize(), e.queryCacheSize(), e.queryBatch(),
                config.cacheDir().map(dir -> dir.resolve("models")));
    }

    public Embedder(String modelName, String engine, int batchSize, int queryCacheSize, int queryBatch) {
        this(modelName, engine, batchSize, queryCacheSize, queryBatch, Optional.empty());
    }

    /** {@code modelCache}: a folder where the model file is kept as a plain file, opened faster than from the jar. */
    public Embedder(String modelName, String engine, int batchSize, int queryCacheSize, int queryBatch,
                    Optional<Path> modelCache) {
        this(CompletableFuture.supplyAsync(() -> EmbeddingModels.named(modelName, engine, batchSize, modelCache)),
                modelName, queryCacheSize, queryBatch);
    }

    public Embedder(EmbeddingModel model, String modelName, int queryCacheSize) {
        this(CompletableFuture.completedFuture(model), modelName, queryCacheSize, 1);
    }

    /** An embedder whose model is still on its way (loaded elsewhere); embeddings wait for it. */
    public static Embedder whenLoaded(CompletableFuture<EmbeddingModel> model, String modelName) {
        return new Embedder(model, modelName, 0, 1);
    }

    private Embedder(CompletableFuture<EmbeddingModel> loading, String modelName, int queryCacheSize,
                     int queryBatch) {
        this.loading = loading;
        this.modelName = modelName;
        this.queries = new QueryVectorCache(queryCacheSize);
        this.batcher = new QueryBatcher(this::embedQueries, Runtime.getRuntime().availableProcessors(), queryBatch);
    }

    public String modelName() {
        return modelName;
    }

    /** True once the model is loaded, so that a question's embedding will not wait for it. */
    public boolean isLoaded() {
        return loading.isDone() && !loading.isCompletedExceptionally();
    }

    /** The model, waiting for it to be loaded. */
    public EmbeddingModel model() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Vectors for document text, in the order given. Texts are batched by length so that a batch pads
     * short texts to a similar length instead of to the longest text of the corpus.
     */
    public List<float[]> embedAll(List<String> texts) {
        Integer[] order = new Integer[texts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
        float[][] vectors = new float[texts.size()][];
        Progress progress = new Progress("embedding passages and sentences", texts.size(), LOG::info);
        for (int from = 0; from < order.length; from += CHUNK) {
            int to = Math.min(order.length, from + CHUNK);
            List<TextSegment> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(TextSegment.from(texts.get(order[i])));
            }
            List<Embedding> embeddings = model().embedAll(batch).content();
            for (int i = from; i < to; i++) {
                vectors[order[i]] = Vectors.normalized(embeddings.get(i - from).vector());
            }
            progress.advanced(to);
        }
        return Arrays.asList(vectors);
    }

    /**
     * The vector of a question (some models expect an instruction in front of queries). Questions asked at the
     * same time share a model call.
     */
    public float[] embedQuery(String question) {
        return queries.get(question, batcher::embed);
    }

    /** One question in one model call, past the cache and the batching: what the benchmarks count as the floor. */
    public float[] embedQueryAlone(String question) {
        return embedQueries(List.of(question)).get(0);
    }

    private List<float[]> embedQueries(List<String> questions) {
        String prefix = EmbeddingModels.queryPrefix(modelName);
        List<TextSegment> segments = questions.stream().map(q -> TextSegment.from(prefix + q)).toList();
        return model().embedAll(segments).content().stream().map(e -> Vectors.normalized(e.vector())).toList();
    }

    int cachedQueries() {
        return queries.size();
    }
}
