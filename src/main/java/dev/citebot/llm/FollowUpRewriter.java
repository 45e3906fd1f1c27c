package dev.citebot.llm;

import dev.citebot.answer.Turn;
import dev.citebot.pipeline.Question;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a follow-up ("and when was he ousted?") into a standalone question with the model, before retrieval.
 * When the model fails, the question goes on as asked, with its history, and the pipeline's own follow-up rule
 * applies.
 */
final class FollowUpRewriter {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpRewriter.class);
    static final int MAX_TURNS = 6;
    static final int MAX_TURN_CHARS = 600;
    static final int MAX_QUESTION_CHARS = 1000;

    private final ModelCall model;
    private final LlmPrompts prompts;

    FollowUpRewriter(ModelCall model, LlmPrompts prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    Question standalone(Question question) {
        if (question.history().isEmpty()) {
            return question;
        }
        try {
            String reply = model.reply(List.of(UserMessage.from(prompts.rewrite(history(question.history()),
                    question.text()))));
            String rewritten = clean(reply);
            if (rewritten.isEmpty() || rewritten.length() > MAX_QUESTION_CHARS) {
                return question;
            }
            return new Question(rewritten, List.of(), question.topK(), question.collection());
        } catch (ModelCall.Failed e) {
            LOG.warn("follow-up not rewritten ({}); retrieving with the conversation instead", e.getMessage());
            return question;
        }
    }

    static String history(List<Turn> turns) {
        StringBuilder text = new StringBuilder();
        for (Turn t : turns.subList(Math.max(0, turns.size() - MAX_TURNS), turns.size())) {
            String content = withoutSources(t.content()).replaceAll("\\s+", " ").strip();
            if (content.length() > MAX_TURN_CHARS) {
                content = content.substring(0, MAX_TURN_CHARS) + "…";
            }
            text.append(t.fromUser() ? "User: " : "Assistant: ").append(content).append('\n');
        }
        return text.toString().strip();
    }

    /** Citebot's own earlier replies end with their sources; they only distract the rewrite. */
    static String withoutSources(String content) {
        int at = content.indexOf("\n\nSources:");
        return at < 0 ? content : content.substring(0, at);
    }

    /** The first line of the reply, without a label or quotes the model may have put around it. */
    static String clean(String reply) {
        String line = reply.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        line = line.replaceFirst("(?i)^(standalone question|question)\\s*:\\s*", "");
        return line.replaceAll("^[\"'“”]+|[\"'“”]+$", "").strip();
    }
}
