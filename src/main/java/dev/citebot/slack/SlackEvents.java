package dev.citebot.slack;

import dev.citebot.http.Json;
import io.javalin.http.HttpStatus;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.config.ChannelCollections;
import dev.citebot.chat.ChatReplies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.Answer;
import dev.citebot.http.ApiException;
import dev.citebot.pipeline.Question;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code POST /slack/events}: the Events API. Echoes the URL check; takes on mentions and direct messages once
 * each (Slack retries what it thinks was missed) and answers them in their thread with {@code chat.postMessage}.
 */
final class SlackEvents {
    private final ObjectMapper mapper = Json.plain();
    private final AnswerWorkers workers;
    private final SlackDelivery delivery;
    private final EventLedger seen;
    private final ConversationMemory threads;
    private final int maxQuestionChars;
    private final ChannelCollections channels;

    /** Every channel asks the default collection. */
    SlackEvents(AnswerWorkers workers, SlackDelivery delivery, EventLedger seen, ConversationMemory threads,
                int maxQuestionChars) {
        this(workers, delivery, seen, threads, maxQuestionChars, ChannelCollections.none());
    }

    SlackEvents(AnswerWorkers workers, SlackDelivery delivery, EventLedger seen, ConversationMemory threads,
                int maxQuestionChars, ChannelCollections channels) {
        this.channels = channels;
        this.workers = workers;
        this.delivery = delivery;
        this.seen = seen;
        this.threads = threads;
        this.maxQuestionChars = maxQuestionChars;
    }

    void handle(Context ctx, byte[] body) {
        ctx.json(respond(parse(body)));
    }

    Map<String, Object> respond(JsonNode payload) {
        return switch (payload.path("type").asText()) {
            case "url_verification" -> Map.of("challenge", payload.path("challenge").asText());
            case "event_callback" -> Map.of("ok", take(payload));
            default -> Map.of("ok", false);
        };
    }

    /** True when the event is queued for an answer; false when it is one to leave alone. */
    private boolean take(JsonNode payload) {
        JsonNode event = payload.path("event");
        String eventId = payload.path("event_id").asText();
        if (!isQuestion(event, botUsers(payload)) || !seen.firstTime(eventId)) {
            return false;
        }
        if (!queue(event)) {
            seen.forget(eventId);
            // Slack retries a delivery that fails, by which time a worker may be free
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ChatReplies.BUSY);
        }
        return true;
    }

    /** A person's mention of the bot, or a person's direct message to it; never a bot, never an edit or a join. */
    static boolean isQuestion(JsonNode event, Set<String> botUsers) {
        String type = event.path("type").asText();
        boolean addressed = type.equals("app_mention")
                || type.equals("message") && event.path("channel_type").asText().equals("im");
        String user = event.path("user").asText();
        return addressed && !user.isEmpty() && !botUsers.contains(user) && !event.hasNonNull("bot_id")
                && event.path("subtype").asText().isEmpty();
    }

    private boolean queue(JsonNode event) {
        String question = SlackText.question(event.path("text").asText());
        String channel = event.path("channel").asText();
        String thread = event.hasNonNull("thread_ts") ? event.path("thread_ts").asText() : event.path("ts").asText();
        if (question.isEmpty()) {
            return workers.tell(ChatReplies.mentionUsage(), reply(channel, thread, Question.of(question)));
        }
        if (question.length() > maxQuestionChars) {
            return workers.tell(ChatReplies.tooLong(maxQuestionChars), reply(channel, thread, Question.of(question)));
        }
        String conversation = conversation(event);
        Question asked = new Question(question, threads.history(conversation), 0, channels.of(channel));
        if (!workers.submit(asked, reply(channel, thread, asked))) {
            return false;
        }
        threads.remember(conversation, question);
        return true;
    }

    /**
     * Where a question's earlier questions are: its thread; for a direct message written outside any thread,
     * the direct-message channel itself, which is one conversation.
     */
    static String conversation(JsonNode event) {
        String channel = event.path("channel").asText();
        if (event.hasNonNull("thread_ts")) {
            return channel + "/" + event.path("thread_ts").asText();
        }
        return event.path("channel_type").asText().equals("im") ? channel : channel + "/" + event.path("ts").asText();
    }

    private AnswerWorkers.Reply reply(String channel, String thread, Question question) {
        return new AnswerWorkers.Reply() {
            @Override
            public void answer(Answer answer) throws Exception {
                delivery.inThread(channel, thread, AnswerBlocks.answer(question, answer));
            }

            @Override
            public void notice(String text) throws Exception {
                delivery.inThread(channel, thread, AnswerBlocks.notice(text));
            }
        };
    }

    /** The app's own user ids in this workspace, from the event's authorizations: the bot never answers itself. */
    private static Set<String> botUsers(JsonNode payload) {
        return StreamSupport.stream(payload.path("authorizations").spliterator(), false)
                .map(a -> a.path("user_id").asText()).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the event is not valid JSON");
        }
    }
}
