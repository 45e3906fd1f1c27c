package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batched engine gives the vectors LangChain4j's own wrapper gives, whatever the batch mix. */
class BatchedBertEncoderIT {
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
        try (BatchedBertEncoder batched = (BatchedBertEncoder) EmbeddingModels.batched(model, 3, Optional.empty())) {
            List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
            var ours = batched.embedAll(segments).content();
            assertEquals(TEXTS.size(), ours.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                float[] expected = Vectors.normalized(reference.embed(TEXTS.get(i)).content().vector());
                float[] actual = Vectors.normalized(ours.get(i).vector());
                float cosine = Vectors.dot(expected, actual);
                // quantized models run one text a call, as LangChain4j's wrapper does
                assertTrue(cosine > 0.9999f, model + " text " + i + ": cosine " + cosine);
            }
        }
    }

    private static float[] vectorOf(Optional<Path> cache, String text) {
        try (BatchedBertEncoder encoder = (BatchedBertEncoder) EmbeddingModels.batched("all-minilm-l6-v2", 3, cache)) {
            return Vectors.normalized(encoder.embed(text).content().vector());
        }
    }

    /** The model's copy in the cache folder (ONNX Runtime's libraries may sit beside it, in their own folder). */
    private static Path modelCopyIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> copies = files.filter(f -> f.getFileName().toString().startsWith("all-minilm-l6-v2.onnx."))
                    .toList();
            assertEquals(1, copies.size(), copies.toString());
            return copies.get(0);
        }
    }

    @Test
    void theModelIsCopiedOutOfTheJarOnceAndGivesTheSameVectorsFromTheCopy(@TempDir Path cache) throws IOException {
        float[] fromJar = vectorOf(Optional.empty(), TEXTS.get(1));
        float[] first = vectorOf(Optional.of(cache), TEXTS.get(1));
        Path copy = modelCopyIn(cache);
        assertTrue(copy.getFileName().toString().startsWith("all-minilm-l6-v2.onnx."), copy.toString());
        var written = Files.getLastModifiedTime(copy);
        float[] again = vectorOf(Optional.of(cache), TEXTS.get(1));
        assertEquals(written, Files.getLastModifiedTime(copy), "the second start reuses the copy");
        assertEquals(1.0f, Vectors.dot(fromJar, first), 1e-6f);
        assertEquals(1.0f, Vectors.dot(fromJar, again), 1e-6f);
    }

    @Test
    void aTruncatedCopyIsWrittenAgain(@TempDir Path cache) throws IOException {
        vectorOf(Optional.of(cache), "warm");
        Path copy = modelCopyIn(cache);
        long size = Files.size(copy);
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            file.setLength(1000);
        }
        float[] vector = vectorOf(Optional.of(cache), TEXTS.get(0));
        assertEquals(size, Files.size(modelCopyIn(cache)));
        assertEquals(1.0f, Vectors.dot(vectorOf(Optional.empty(), TEXTS.get(0)), vector), 1e-6f);
    }

    @Test
    void aDamagedCopyOfTheRightSizeFallsBackToTheJarAndIsCopiedAgainNextTime(@TempDir Path cache) throws IOException {
        vectorOf(Optional.of(cache), "warm");
        Path copy = modelCopyIn(cache);
        Files.write(copy, new byte[(int) Files.size(copy)]);
        float[] vector = vectorOf(Optional.of(cache), TEXTS.get(0));
        assertEquals(1.0f, Vectors.dot(vectorOf(Optional.empty(), TEXTS.get(0)), vector), 1e-6f);
        assertFalse(Files.exists(copy), "the damaged copy is removed");
        vectorOf(Optional.of(cache), TEXTS.get(0));
        assertTrue(Files.exists(copy));
    }

    /** all-MiniLM-L6-v2's tokenizer cuts at 128 tokens itself; bge's does not, so the encoder cuts it at 512. */
    @ParameterizedTest
    @ValueSource(strings = {"all-minilm-l6-v2", "bge-small-en-v1.5-q"})
    void textsEmbeddedTogetherGetTheVectorsTheyGetAloneEvenPastTheModelsLength(String model) {
        String longText = "Niger's uranium and oil resources drew the powers to Niamey. ".repeat(80); // > 512 tokens
        List<String> texts = List.of(TEXTS.get(1), longText, TEXTS.get(2), TEXTS.get(0), longText + "More.");
        try (BatchedBertEncoder encoder = (BatchedBertEncoder) EmbeddingModels.batched(model, 2, Optional.empty())) {
            assertEquals(model.startsWith("bge") ? 512 : 128, encoder.tokens(longText).length);
            var together = encoder.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < texts.size(); i++) {
                float[] alone = Vectors.normalized(encoder.embed(texts.get(i)).content().vector());
                float cosine = Vectors.dot(alone, Vectors.normalized(together.get(i).vector()));
                assertTrue(cosine > 0.9999f, "text " + i + ": cosine " + cosine);
            }
        }
    }

    /**
     * A quantized model scales its activations over the whole input of a call, so it runs one text a call: a text
     * gets the very vector it gets alone whatever else is embedded with it (what incremental builds, the later
     * sentence fill and questions embedded together rely on).
     */
    @ParameterizedTest
    @ValueSource(strings = {"all-minilm-l6-v2-q", "bge-small-en-v1.5-q"})
    void aQuantizedModelGivesATextTheSameVectorAloneAndInAnyBatch(String model) {
        List<String> texts = List.of(TEXTS.get(2), TEXTS.get(1), TEXTS.get(0), TEXTS.get(3), TEXTS.get(2) + " Oil.");
        try (BatchedBertEncoder encoder = (BatchedBertEncoder) EmbeddingModels.batched(model, 4, Optional.empty())) {
            var together = encoder.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            var pair = encoder.embedAll(List.of(TextSegment.from(texts.get(0)), TextSegment.from(texts.get(1))))
                    .content();
            for (int i = 0; i < texts.size(); i++) {
                float[] alone = encoder.embed(texts.get(i)).content().vector();
                assertArrayEquals(alone, together.get(i).vector(), model + " text " + i + " in a batch of 5");
            }
            assertArrayEquals(encoder.embed(texts.get(0)).content().vector(), pair.get(0).vector(), "in a pair");
            assertArrayEquals(encoder.embed(texts.get(1)).content().vector(), pair.get(1).vector(), "in a pair");
        }
    }
}
