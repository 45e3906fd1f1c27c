package dev.citebot.mattermost;

import io.javalin.http.HttpStatus;
import dev.citebot.answer.Answer;
import dev.citebot.http.ApiException;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.chat.ChatReplies;
import dev.citebot.chat.FormBody;
import dev.citebot.chat.ResponseType;
import dev.citebot.pipeline.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Mattermost's Slack-compatible slash commands: the command's token is checked (in constant time), the command is
 * acknowledged at once, and the answer follows through its {@code response_url} as markdown.
 */
final class MattermostCommands {
    private final byte[] token;
    private final String responseType;
    private final AnswerWorkers workers;
    private final ResponseUrlPoster poster;
    private final int maxQuestionChars;
    private final MattermostSettings settings;

    MattermostCommands(MattermostSettings settings, AnswerWorkers workers, ResponseUrlPoster poster,
                       int maxQuestionChars) {
        this.settings = settings;
        this.token = settings.token().getBytes(StandardCharsets.UTF_8);
        this.responseType = settings.responseType();
        this.workers = workers;
        this.poster = poster;
        this.maxQuestionChars = maxQuestionChars;
    }

    /** Mattermost sends the token both as {@code Authorization: Token ...} and as a form field. */
    void checkToken(String authorization, FormBody form) {
        String sent = authorization != null && authorization.startsWith("Token ")
                ? authorization.substring("Token ".length()).strip() : form.get("token");
        if (!MessageDigest.isEqual(token, sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "the slash command token is missing or wrong");
        }
    }

    /** The immediate reply, seen only by the person who typed the command. */
    Map<String, Object> acknowledge(FormBody form) {
        if (form.get("response_url").isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "a slash command needs a response_url");
        }
        String question = form.get("text").strip();
        if (question.isEmpty()) {
            return message(ResponseType.EPHEMERAL, MattermostMarkdown.escape(ChatReplies.usage(form.get("command"))));
        }
        if (question.length() > maxQuestionChars) {
            return message(ResponseType.EPHEMERAL, ChatReplies.tooLong(maxQuestionChars));
        }
        boolean queued = workers.submit(Question.of(question).in(settings.channels().of(form.get("channel_id"))),
                reply(form.get("response_url")));
        String note = queued ? ChatReplies.lookingUp(question) : ChatReplies.BUSY;
        return message(ResponseType.EPHEMERAL, MattermostMarkdown.escape(note));
    }

    private AnswerWorkers.Reply reply(String responseUrl) {
        return new AnswerWorkers.Reply() {
            @Override
            public void answer(Answer answer) throws Exception {
                poster.post(responseUrl, message(responseType, MattermostMarkdown.answer(answer)));
            }

            @Override
            public void notice(String text) throws Exception {
                poster.post(responseUrl, message(ResponseType.EPHEMERAL, MattermostMarkdown.escape(text)));
            }
        };
    }

    /** Mattermost's command response; skip_slack_parsing keeps it from reading Slack's {@code <...>} syntax. */
    static Map<String, Object> message(String responseType, String markdown) {
        return Map.of("response_type", responseType, "text", markdown, "skip_slack_parsing", true);
    }
}
