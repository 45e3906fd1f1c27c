package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batched engine gives the vectors LangChain4j's own wrapper gives, whatever the batch mix. */
class BatchedBertEncoderTest {
    private static final List<String> TEXTS = List.of(
            "When was President Bazoum ousted?",
            "World leaders are mounting pressure on the military junta in Niamey to reinstate President Bazoum, "
                    + "who was ousted on July 26 and put under house arrest with his family since.",
            "Uranium.",
            "Niger, under deposed President Mohamed Bazoum, has been a key ally to powerhouses including the "
                    + "United States, China, Europe, and Russia in part due to its uranium and oil resources.");

    @ParameterizedTest
    @ValueSource(strings = {"all-minilm-l6-v2", "all-minilm-l6-v2-q", "bge-small-en-v1.5-q"})
    void batchedVectorsMatchLangChain4jsOneTextAtATime(String model) {
        EmbeddingModel reference = EmbeddingModels.langchain4j(model);
        try (BatchedBertEncoder batched = (BatchedBertEncoder) EmbeddingModels.batched(model, 3)) {
            List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
            var ours = batched.embedAll(segments).content();
            assertEquals(TEXTS.size(), ours.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                float[] expected = Vectors.normalized(reference.embed(TEXTS.get(i)).content().vector());
                float[] actual = Vectors.normalized(ours.get(i).vector());
                float cosine = Vectors.dot(expected, actual);
                // quantized models scale activations per tensor, so padding in a batch shifts them slightly
                float floor = model.endsWith("-q") ? 0.99f : 0.9999f;
                assertTrue(cosine > floor, model + " text " + i + ": cosine " + cosine);
            }
        }
    }
}
