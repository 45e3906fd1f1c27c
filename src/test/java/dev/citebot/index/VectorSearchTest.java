package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.embed.Vectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The flat scan used for large corpora ranks exactly as LangChain4j's in-memory store does. */
class VectorSearchTest {

    @Test
    void flatSearchFindsTheSamePassagesInTheSameOrderAsTheStore() {
        Random random = new Random(11);
        float[][] vectors = new float[40_000][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(random);
        }
        List<String> texts = new ArrayList<>(Collections.nCopies(vectors.length, "p"));
        VectorSearch store = new StoreVectorSearch(vectors, texts);
        VectorSearch flat = new FlatVectorSearch(vectors);
        for (int q = 0; q < 5; q++) {
            float[] query = unit(random);
            List<VectorSearch.Hit> expected = store.search(query, 20);
            List<VectorSearch.Hit> actual = flat.search(query, 20);
            assertEquals(expected.stream().map(VectorSearch.Hit::passage).toList(),
                    actual.stream().map(VectorSearch.Hit::passage).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).cosine(), actual.get(i).cosine(), 1e-5);
            }
        }
    }

    @Test
    void largeCorporaUseTheFlatScanAndSmallOnesTheStore() {
        assertEquals(StoreVectorSearch.class, Indexer.vectorSearch(new float[0][], List.of()).getClass());
        assertEquals(FlatVectorSearch.class,
                Indexer.vectorSearch(new float[Indexer.FLAT_ABOVE + 1][0], List.of()).getClass());
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalized(v);
    }
}
