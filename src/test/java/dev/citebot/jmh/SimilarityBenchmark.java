package dev.citebot.jmh;

import dev.citebot.embed.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The similarity loop: one dot product, and a brute-force search over N passage vectors. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimilarityBenchmark {
    @Param({"10000"})
    int passages;

    float[] query;
    float[][] vectors;
    InMemoryEmbeddingStore<TextSegment> store;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        query = unit(random);
        vectors = new float[passages][];
        store = new InMemoryEmbeddingStore<>();
        for (int i = 0; i < passages; i++) {
            vectors[i] = unit(random);
            store.add(Integer.toString(i), Embedding.from(vectors[i]), TextSegment.from("p" + i));
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalized(v);
    }

    @Benchmark
    public float dotProduct() {
        return Vectors.dot(query, vectors[0]);
    }

    @Benchmark
    public int flatScanOfAllPassages() {
        int best = 0;
        float top = -2;
        for (int i = 0; i < vectors.length; i++) {
            float s = Vectors.dot(query, vectors[i]);
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    @Benchmark
    public Object inMemoryEmbeddingStoreSearch() {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(query)).maxResults(50)
                .build());
    }
}
