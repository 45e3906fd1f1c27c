package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.CitebotConfig;
import dev.citebot.config.ConfigException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbedderIT {
    /** The real model, counting the texts it is asked to embed. */
    static final class CountingModel implements EmbeddingModel {
        final EmbeddingModel real = EmbeddingModels.named("all-minilm-l6-v2", "batched", 8);
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            texts.addAndGet(segments.size());
            return real.embedAll(segments);
        }
    }

    @Test
    void aRepeatedQuestionIsEmbeddedOnce() {
        CountingModel model = new CountingModel();
        Embedder embedder = new Embedder(model, "all-minilm-l6-v2", 16);
        float[] first = embedder.embedQuery("When was President Bazoum ousted?");
        float[] again = embedder.embedQuery("When was President Bazoum ousted?");
        assertEquals(1, model.texts.get());
        assertArrayEquals(first, again);
        embedder.embedQuery("Where are the ECOWAS chiefs meeting?");
        assertEquals(2, model.texts.get());
    }

    @Test
    void theQueryCacheForgetsTheLeastRecentlyUsedQuestionFirst() {
        CountingModel model = new CountingModel();
        Embedder embedder = new Embedder(model, "all-minilm-l6-v2", 2);
        embedder.embedQuery("a");
        embedder.embedQuery("b");
        embedder.embedQuery("a");
        embedder.embedQuery("c"); // evicts "b"
        assertEquals(2, embedder.cachedQueries());
        embedder.embedQuery("a");
        assertEquals(3, model.texts.get());
        embedder.embedQuery("b");
        assertEquals(4, model.texts.get());
    }

    @Test
    void embedAllKeepsTheOrderOfItsInputWhateverTheLengths() {
        Embedder embedder = new Embedder(new CountingModel(), "all-minilm-l6-v2", 0);
        List<String> texts = List.of("a much longer text about uranium and oil in Niger", "short", "medium text here");
        List<float[]> together = embedder.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = embedder.embedAll(List.of(texts.get(i))).get(0);
            assertEquals(1.0f, Vectors.dot(alone, together.get(i)), 1e-4f);
        }
    }

    @Test
    void questionsEmbeddedTogetherGetTheVectorsTheyGetAlone() throws Exception {
        Embedder embedder = new Embedder("all-minilm-l6-v2", "batched", 8, 0, 8);
        List<String> questions = List.of("When was President Bazoum ousted?", "Who leads ECOWAS?",
                "Which resources make Niger a key ally of Western countries in the Sahel region?", "Putin?",
                "Where did the military chiefs meet?", "What did the junta do after the coup in July?");
        ExecutorService askers = Executors.newFixedThreadPool(questions.size());
        try {
            List<Future<float[]>> together = askers.invokeAll(questions.stream()
                    .map(q -> (Callable<float[]>) () -> embedder.embedQuery(q)).toList());
            for (int i = 0; i < questions.size(); i++) {
                float[] alone = embedder.embedQueryAlone(questions.get(i));
                assertEquals(1.0f, Vectors.dot(alone, together.get(i).get()), 1e-4f, questions.get(i));
            }
        } finally {
            askers.shutdownNow();
        }
    }

    @Test
    void aQuestionBatchBelowOneIsRefusedAtStartWithTheKeyNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> CitebotConfig.load(Map.of("CITEBOT_EMBEDDING_QUERY_BATCH", "0")));
        assertTrue(e.getMessage().contains("embedding.query.batch"), e.getMessage());
    }
}
