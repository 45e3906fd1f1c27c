package dev.citebot.cli;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.llm.Answerers;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.pipeline.Question;
import java.io.PrintStream;
import java.util.List;

/** {@code citebot ask "question"}: indexes the seeds folder, prints the answer and its numbered sources. */
public final class AskCommand {
    private AskCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        return run(args, CitebotConfig.load(System.getenv()), out);
    }

    /** Answers as the server would with {@code config}: through the model when {@code llm.provider} names one. */
    static int run(String[] args, CitebotConfig config, PrintStream out) {
        String question = String.join(" ", args).strip();
        if (question.isEmpty()) {
            throw new IllegalArgumentException("usage: citebot ask \"your question\"");
        }
        StartChecks.seedsFolder(config);
        Prompts prompts = Prompts.load(config.promptsDir());
        try (Pipeline pipeline = PipelineFactory.create(config, prompts);
             Answerer answerer = Answerers.create(config.llm(), config.promptsDir(), pipeline)) {
            pipeline.load(config.seedsDir());
            print(answerer.ask(Question.of(question)), out);
        }
        return 0;
    }

    static void print(Answer answer, PrintStream out) {
        out.println(answer.answer());
        List<Citation> sources = answer.answerable() ? answer.citations() : answer.closestMatches();
        if (!sources.isEmpty()) {
            out.println();
            if (answer.answerable()) {
                out.println("Sources:"); // a declined answer already ends with its own lead to the closest passages
            }
        }
        for (Citation c : sources) {
            out.printf("[%d] %s (%s, characters %d-%d, score %.3f)%n    \"%s\"%n", c.n(), c.title(), c.path(),
                    c.quoteStart(), c.quoteEnd(), c.score(), c.quote().replaceAll("\\s+", " "));
        }
    }
}
