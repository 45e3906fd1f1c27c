package dev.citebot.bench;

import dev.citebot.embed.Embedder;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Answer latency against its floor, one question embedding: both measured on the same questions, in the same
 * JVM, with the question-vector cache off so that every answer pays for its embedding.
 */
final class LatencyBenchmark {
    record Result(int questions, double embeddingP50Ms, double answerP50Ms, double answerP95Ms) {
        double ratio() {
            return answerP50Ms / embeddingP50Ms;
        }
    }

    private LatencyBenchmark() {
    }

    static Result run(Pipeline uncached, Embedder uncachedEmbedder, List<String> questions, int rounds,
                      Duration warmUp) {
        // Warm-up: the model's first runs and the JIT, which needs many calls before the code is compiled.
        long until = System.nanoTime() + warmUp.toNanos();
        for (int i = 0; System.nanoTime() < until; i++) {
            uncached.ask(Question.of(questions.get(i % questions.size())));
        }
        List<Double> embed = new ArrayList<>();
        List<Double> answer = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long started = System.nanoTime();
                uncachedEmbedder.embedQueryAlone(q);
                embed.add(Timing.millisSince(started));
                started = System.nanoTime();
                uncached.ask(Question.of(q));
                answer.add(Timing.millisSince(started));
            }
        }
        return new Result(embed.size(), Timing.median(embed), Timing.median(answer), Timing.percentile(answer, 95));
    }
}
