import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.config.Settings;
import dev.citebot.embed.Embedder;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.pipeline.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an answer's time goes beyond its question's embedding, as the bench's answer-p50 row measures it (the same
 * folder, the first 200 questions, three rounds, the question-vector cache off): per question, one embedding alone,
 * then retrieval (the embedding and the search), then the whole answer. Prints the three medians. Issue 20 in
 * BENCHMARKS.md:
 * {@code CITEBOT_CACHE_DIR=C java -cp target/citebot.jar src/bench/AnswerPhases.java ../shared/bench/squad2}
 * (a first run with an empty C embeds the folder; later runs read it from C).
 */
public class AnswerPhases {
    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args[0]);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(Settings.environmentName("embedding.query.cache.size"), "0");
        CitebotConfig config = CitebotConfig.load(env);
        Embedder embedder = new Embedder(config.embedding().model(), "batched", config.embedding().batchSize(), 0,
                config.embedding().queryBatch());
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(bench.resolve("questions-dev.jsonl"))) {
            JsonNode q = json.readTree(line);
            if (questions.size() < 200) {
                questions.add(q.get("question").asText());
            }
        }
        try (Pipeline pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()), embedder)) {
            pipeline.load(bench.resolve("docs"));
            pipeline.awaitVectors();
            long until = System.nanoTime() + 20_000_000_000L; // the JIT's warm-up
            for (int i = 0; System.nanoTime() < until; i++) {
                pipeline.ask(Question.of(questions.get(i % questions.size())));
            }
            int n = 3 * questions.size();
            double[] embedding = new double[n];
            double[] retrieval = new double[n];
            double[] answer = new double[n];
            int i = 0;
            for (int round = 0; round < 3; round++) {
                for (String q : questions) {
                    long started = System.nanoTime();
                    embedder.embedQueryAlone(q);
                    embedding[i] = (System.nanoTime() - started) / 1e6;
                    started = System.nanoTime();
                    pipeline.retrievePassages(q, 10);
                    retrieval[i] = (System.nanoTime() - started) / 1e6;
                    started = System.nanoTime();
                    pipeline.ask(Question.of(q));
                    answer[i++] = (System.nanoTime() - started) / 1e6;
                }
            }
            System.out.printf("p50 ms of %d asks: one question embedding %.2f, retrieval (embedding and search) %.2f, "
                    + "answer %.2f (%.2fx the embedding)%n", n, median(embedding), median(retrieval), median(answer),
                    median(answer) / median(embedding));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
