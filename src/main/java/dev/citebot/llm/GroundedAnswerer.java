package dev.citebot.llm;

import dev.citebot.answer.Answer;
import dev.citebot.answer.FollowUps;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.text.Terms;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model, grounded in the documents. A follow-up is first rewritten into a standalone
 * question; the pipeline retrieves passages and composes its extractive answer; a declined question stays
 * declined; otherwise the model writes the answer from the numbered passages and only the sentences that pass
 * the {@link GroundedReply grounding check} are kept. When none does, or the model fails or is too slow, the
 * extractive answer is given ({@code mode} says which).
 */
public final class GroundedAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(GroundedAnswerer.class);

    private final Pipeline pipeline;
    private final Terms terms = new Terms();
    private final ModelCall model;
    private final LlmPrompts prompts;
    private final FollowUpRewriter rewriter;
    private final ExecutorService executor;

    private GroundedAnswerer(Pipeline pipeline, ModelCall model, LlmPrompts prompts, ExecutorService executor) {
        this.pipeline = pipeline;
        this.model = model;
        this.prompts = prompts;
        this.rewriter = new FollowUpRewriter(model, prompts);
        this.executor = executor;
    }

    /** Reads the model's prompts (a start-up error if one is missing or wrong) and connects to the provider. */
    static GroundedAnswerer create(LlmSettings settings, Path promptsDir, Pipeline pipeline) {
        LlmPrompts prompts = LlmPrompts.load(promptsDir);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "citebot-llm");
            t.setDaemon(true);
            return t;
        });
        ModelCall model = new ModelCall(ChatModels.plain(settings), ChatModels.streaming(settings),
                settings.timeout(), executor);
        LOG.info("LLM answers are on: {}", settings);
        return new GroundedAnswerer(pipeline, model, prompts, executor);
    }

    @Override
    public Answer ask(Question question) {
        return answer(question, null);
    }

    @Override
    public Answer stream(Question question, Consumer<String> text) {
        return answer(question, text);
    }

    private Answer answer(Question question, Consumer<String> text) {
        long started = System.nanoTime();
        pipeline.current(question.collection()); // not ready: fail before asking the model anything
        Question standalone = rewriter.standalone(question);
        Pipeline.Evidence evidence = pipeline.answerWithEvidence(standalone);
        Answer extractive = evidence.answer();
        if (!extractive.answerable()) {
            return shown(extractive.withTook(ms(started)), text);
        }
        String asked = FollowUps.retrievalText(standalone.text(), standalone.history());
        Sources sources = Sources.of(evidence.passages(), id -> pipeline.document(question.collection(), id));
        GroundedReply reply = new GroundedReply(sources, terms, asked);
        List<ChatMessage> messages = List.of(SystemMessage.from(prompts.system()),
                UserMessage.from(prompts.answer(asked, sources.prompt())));
        TokenMeter meter = new TokenMeter();
        try {
            if (text == null) {
                ReplySentences.all(model.reply(messages, meter)).forEach(reply::accept);
            } else {
                ReplySentences sentences = new ReplySentences();
                model.stream(messages, chunk -> sentences.add(chunk).forEach(p -> reply.accept(p).ifPresent(text)),
                        meter);
                sentences.finish().forEach(p -> reply.accept(p).ifPresent(text));
            }
        } catch (ModelCall.Failed e) {
            LOG.warn("{}; {}", e.getMessage(), reply.isEmpty() ? "giving the extractive answer"
                    : "keeping the checked sentences already sent");
            if (reply.isEmpty()) {
                return shown(extractive.withTook(ms(started)), text);
            }
        }
        if (reply.isEmpty()) {
            LOG.info("no sentence of the model's reply passed the grounding check; giving the extractive answer");
            return shown(extractive.withTook(ms(started)), text);
        }
        return reply.answer(ms(started)).withModelTokens(meter.total());
    }

    private static Answer shown(Answer answer, Consumer<String> text) {
        if (text != null) {
            text.accept(answer.answer());
        }
        return answer;
    }

    private static long ms(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
