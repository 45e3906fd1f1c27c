package dev.citebot.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns texts into unit-length vectors with an in-process model, in batches. */
public final class Embedder {
    private static final Logger LOG = LoggerFactory.getLogger(Embedder.class);
    private final EmbeddingModel model;
    private final String modelName;
    /** Texts handed to the model at a time: enough for every core to get several batches. */
    static final int CHUNK = 1024;

    private final QueryVectorCache queries;

    public Embedder(String modelName, String engine, int batchSize, int queryCacheSize) {
        this(EmbeddingModels.named(modelName, engine, batchSize), modelName, queryCacheSize);
    }

    public Embedder(EmbeddingModel model, String modelName, int queryCacheSize) {
        this.model = model;
        this.modelName = modelName;
        this.queries = new QueryVectorCache(queryCacheSize);
    }

    public String modelName() {
        return modelName;
    }

    public EmbeddingModel model() {
        return model;
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
            List<Embedding> embeddings = model.embedAll(batch).content();
            for (int i = from; i < to; i++) {
                vectors[order[i]] = Vectors.normalized(embeddings.get(i - from).vector());
            }
            progress.advanced(to);
        }
        return Arrays.asList(vectors);
    }

    /** The vector of a question (some models expect an instruction in front of queries). */
    public float[] embedQuery(String question) {
        return queries.get(question, q -> Vectors.normalized(
                model.embed(EmbeddingModels.queryPrefix(modelName) + q).content().vector()));
    }

    int cachedQueries() {
        return queries.size();
    }
}
