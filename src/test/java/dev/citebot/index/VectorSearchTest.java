package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.embed.Vectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The searches rank as LangChain4j's in-memory store does: the cosine search exactly (the same cosines, ties in the
 * same order), the flat scan used for large corpora within rounding (it divides by no norms: its vectors are unit
 * length).
 */
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
    void cosineSearchGivesTheStoresHitsAndCosinesExactlyTiesIncluded() {
        Random random = new Random(7);
        float[][] vectors = new float[2_503][]; // not a multiple of the eight scanned together
        for (int i = 0; i < vectors.length; i++) {
            // Repeated passages (the same text under the same heading) have equal vectors, hence equal cosines.
            vectors[i] = i % 10 == 9 ? vectors[i - 7].clone() : i % 97 == 0 ? rough(random) : unit(random);
        }
        List<String> texts = new ArrayList<>(Collections.nCopies(vectors.length, "p"));
        VectorSearch store = new StoreVectorSearch(vectors, texts);
        VectorSearch cosine = new CosineVectorSearch(vectors);
        for (int q = 0; q < 40; q++) {
            float[] query = q % 4 == 0 ? vectors[random.nextInt(vectors.length)].clone() : q % 4 == 1
                    ? rough(random) : unit(random);
            for (int k : new int[] {1, 10, 50, 3_000}) {
                assertEquals(store.search(query, k), cosine.search(query, k), "query " + q + ", k " + k);
            }
        }
        assertEquals(List.of(), new CosineVectorSearch(new float[0][]).search(unit(random), 10));
    }

    @Test
    void largeCorporaUseTheFlatScanAndSmallOnesTheStoresCosines() {
        assertEquals(CosineVectorSearch.class, Indexer.vectorSearch(new float[0][]).getClass());
        assertEquals(FlatVectorSearch.class, Indexer.vectorSearch(new float[Indexer.FLAT_ABOVE + 1][0]).getClass());
    }

    @Test
    void bothSearchesReadThePassagesOwnVectorsRatherThanACopy() {
        Random random = new Random(3);
        float[][] vectors = new float[20][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = unit(random);
        }
        float[] query = vectors[4].clone();
        List<VectorSearch> searches = List.of(new CosineVectorSearch(vectors), new FlatVectorSearch(vectors));
        for (VectorSearch search : searches) {
            assertEquals(4, search.search(query, 1).get(0).passage());
        }
        for (int d = 0; d < vectors[4].length; d++) {
            vectors[4][d] = -vectors[4][d]; // in place: a search holding a copy would still find passage 4 first
        }
        for (VectorSearch search : searches) {
            assertEquals(-1.0, search.search(query, 20).get(19).cosine(), 1e-5, search.getClass().getSimpleName());
        }
    }

    /** A vector not of unit length (the store divides by both norms). */
    private static float[] rough(Random random) {
        float[] v = unit(random);
        for (int i = 0; i < v.length; i++) {
            v[i] *= 0.5f + random.nextFloat();
        }
        return v;
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalized(v);
    }
}
