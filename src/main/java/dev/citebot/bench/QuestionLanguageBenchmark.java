package dev.citebot.bench;

import dev.citebot.text.EnglishWords;
import dev.citebot.text.Languages;
import java.util.List;

/**
 * How many questions of a file are plainly English ({@link EnglishWords#plainEnglish}: told from the word list,
 * without the n-gram detector), how many {@link Languages#detectQuestion} calls English, and what each costs, in
 * microseconds a question over the whole file (the last of {@value #ROUNDS} rounds, the first ones warming up).
 */
final class QuestionLanguageBenchmark {
    static final int ROUNDS = 5;

    record Result(int questions, int plain, int english, double plainMicros, double detectMicros) {
    }

    private QuestionLanguageBenchmark() {
    }

    static Result run(List<String> questions) {
        Languages languages = new Languages();
        languages.warmUp();
        Result result = null;
        for (int round = 0; round < ROUNDS; round++) {
            int plain = 0;
            long started = System.nanoTime();
            for (String q : questions) {
                plain += EnglishWords.plainEnglish(q) ? 1 : 0;
            }
            double plainMicros = micros(started, questions.size());
            int english = 0;
            started = System.nanoTime();
            for (String q : questions) {
                english += languages.detectQuestion(q).filter(Languages.ENGLISH::equals).isPresent() ? 1 : 0;
            }
            result = new Result(questions.size(), plain, english, plainMicros, micros(started, questions.size()));
        }
        return result;
    }

    private static double micros(long started, int questions) {
        return (System.nanoTime() - started) / 1e3 / questions;
    }
}
