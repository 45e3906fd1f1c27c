package dev.citebot.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.Answer;
import dev.citebot.http.Json;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index.sentence.vectors.later} changes when sentences are embedded, not what is answered: the seed's
 * questions get the same answers, citations and refusals as with every sentence embedded before ready, whether
 * they are asked while the background fill runs or after it. With {@code index.passage.vectors.later} too, the
 * answers after the fill are those of an eager build.
 */
class LaterSentenceVectorsIT {
    @TempDir
    Path eagerCache;
    @TempDir
    Path laterCache;
    @TempDir
    Path passagesLaterCache;

    @Test
    void sentencesEmbeddedLaterGiveTheAnswersOfSentencesEmbeddedBeforeReady() throws IOException {
        List<String> questions = questions();
        try (Pipeline eager = pipeline(eagerCache, false); Pipeline later = pipeline(laterCache, true)) {
            List<String> duringFill = answers(later, questions);
            later.awaitVectors();
            assertTrue(later.current().sentenceVectors().complete(), "the fill embedded every sentence");
            List<String> expected = answers(eager, questions);
            assertEquals(expected, duringFill);
            assertEquals(expected, answers(later, questions));
            assertTrue(expected.stream().anyMatch(a -> a.startsWith("true")), "some questions are answered");
            assertTrue(expected.stream().anyMatch(a -> a.startsWith("false")), "some are declined");
        }
    }

    /** Passages embedded later too (the default): once the fill is over, the answers of an eager build. */
    @Test
    void passagesEmbeddedLaterGiveTheAnswersOfPassagesEmbeddedBeforeReadyOnceTheFillIsOver() throws IOException {
        List<String> questions = questions();
        try (Pipeline eager = pipeline(eagerCache, false);
             Pipeline later = Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_CACHE_DIR",
                     passagesLaterCache.toString(), "CITEBOT_INGEST_ISOLATION", "none"))) {
            later.awaitVectors();
            assertTrue(later.current().passageVectors().complete(), "the fill embedded every passage");
            assertTrue(later.current().sentenceVectors().complete(), "and every sentence");
            assertEquals(answers(eager, questions), answers(later, questions));
        }
    }

    private static List<String> questions() throws IOException {
        List<String> questions = new ArrayList<>();
        ObjectMapper mapper = Json.plain();
        for (String line : Files.readAllLines(Path.of("src/test/resources/seed-questions-dev.jsonl"))) {
            if (!line.isBlank()) {
                questions.add(mapper.readTree(line).get("question").asText());
            }
        }
        return questions;
    }

    /** Passages embedded before ready; sentences before it too, or later. */
    private static Pipeline pipeline(Path cache, boolean later) {
        return Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_CACHE_DIR", cache.toString(),
                "CITEBOT_INGEST_ISOLATION", "none", "CITEBOT_INDEX_SENTENCE_VECTORS_LATER", Boolean.toString(later),
                "CITEBOT_INDEX_PASSAGE_VECTORS_LATER", "false"));
    }

    private static List<String> answers(Pipeline pipeline, List<String> questions) {
        List<String> answers = new ArrayList<>();
        for (String q : questions) {
            Answer a = pipeline.ask(Question.of(q));
            answers.add(a.answerable() + " " + a.answer() + " " + a.citations());
        }
        return answers;
    }
}
