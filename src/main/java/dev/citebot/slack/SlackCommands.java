package dev.citebot.slack;

import io.javalin.http.HttpStatus;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.chat.ChannelCollections;
import dev.citebot.chat.ChatReplies;
import dev.citebot.chat.FormBody;
import dev.citebot.chat.ResponseType;
import dev.citebot.answer.Answer;
import dev.citebot.http.ApiException;
import dev.citebot.pipeline.Question;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code POST /slack/commands}: a slash command is acknowledged at once with an ephemeral note (Slack waits three
 * seconds at most); the answer follows through the command's {@code response_url}.
 */
final class SlackCommands {
    private final AnswerWorkers workers;
    private final SlackDelivery delivery;
    private final String responseType;
    private final int maxQuestionChars;
    private final ChannelCollections channels;

    SlackCommands(AnswerWorkers workers, SlackDelivery delivery, String responseType, int maxQuestionChars,
                  ChannelCollections channels) {
        this.channels = channels;
        this.workers = workers;
        this.delivery = delivery;
        this.responseType = responseType;
        this.maxQuestionChars = maxQuestionChars;
    }

    void handle(Context ctx, byte[] body) {
        ctx.json(acknowledge(FormBody.parse(body)));
    }

    /** The immediate reply, only ever seen by the person who typed the command. */
    Map<String, String> acknowledge(FormBody form) {
        if (form.get("response_url").isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "a slash command needs a response_url");
        }
        String question = SlackText.question(form.get("text"));
        if (question.isEmpty()) {
            return ephemeral(ChatReplies.usage(form.get("command")));
        }
        if (question.length() > maxQuestionChars) {
            return ephemeral(ChatReplies.tooLong(maxQuestionChars));
        }
        boolean queued = workers.submit(Question.of(question).in(channels.of(form.get("channel_id"))), reply(form.get("response_url"), question));
        return ephemeral(queued ? ChatReplies.lookingUp(question) : ChatReplies.BUSY);
    }

    private AnswerWorkers.Reply reply(String responseUrl, String question) {
        return new AnswerWorkers.Reply() {
            @Override
            public void answer(Answer answer) throws Exception {
                delivery.toResponseUrl(responseUrl, responseType, AnswerBlocks.answer(Question.of(question), answer));
            }

            @Override
            public void notice(String text) throws Exception {
                delivery.toResponseUrl(responseUrl, ResponseType.EPHEMERAL, AnswerBlocks.notice(text));
            }
        };
    }

    private static Map<String, String> ephemeral(String text) {
        return Map.of("response_type", ResponseType.EPHEMERAL, "text", SlackText.escape(text));
    }
}
