package dev.citebot.slack;

import dev.citebot.config.ResponseType;
import dev.citebot.http.Json;
import io.javalin.http.HttpStatus;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.config.ChannelCollections;
import dev.citebot.chat.ChatReplies;
import dev.citebot.chat.FormBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.Answer;
import dev.citebot.http.ApiException;
import dev.citebot.feedback.Feedback;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.pipeline.Question;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;

/**
 * {@code POST /slack/interactions}: the buttons under an answer. Each carries the question (and, for a
 * follow-up, the question before it: {@link ButtonValue}), so a click is
 * answered again (the pipeline is deterministic and fast) rather than kept in memory that a restart would lose:
 * a rating is stored with the answer it rates, "show all sources" lists every source in full, only to the clicker.
 */
final class SlackInteractions {
    static final String THANKS = "Thanks, your rating is recorded.";

    private final ObjectMapper mapper = Json.plain();
    private final AnswerWorkers workers;
    private final SlackDelivery delivery;
    private final FeedbackLog feedback;
    private final Clock clock;
    private final ChannelCollections channels;

    SlackInteractions(AnswerWorkers workers, SlackDelivery delivery, FeedbackLog feedback, Clock clock,
                      ChannelCollections channels) {
        this.channels = channels;
        this.workers = workers;
        this.delivery = delivery;
        this.feedback = feedback;
        this.clock = clock;
    }

    void handle(Context ctx, byte[] body) {
        act(parse(FormBody.parse(body).get("payload")));
        ctx.status(200);
    }

    void act(JsonNode payload) {
        if (!payload.path("type").asText().equals("block_actions")) {
            return;
        }
        String responseUrl = payload.path("response_url").asText();
        String user = payload.path("user").path("id").asText();
        for (JsonNode action : payload.path("actions")) {
            Question asked = ButtonValue.parse(action.path("value").asText())
                    .in(channels.of(payload.path("channel").path("id").asText(null)));
            String question = asked.text();
            boolean queued = switch (action.path("action_id").asText()) {
                case AnswerBlocks.FEEDBACK_UP -> workers.submit(asked, rating("up", asked, user, responseUrl));
                case AnswerBlocks.FEEDBACK_DOWN -> workers.submit(asked, rating("down", asked, user, responseUrl));
                case AnswerBlocks.SHOW_SOURCES -> workers.submit(asked, sources(question, responseUrl));
                default -> true;
            };
            if (!queued) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ChatReplies.BUSY);
            }
        }
    }

    private AnswerWorkers.Reply rating(String rating, Question asked, String user, String responseUrl) {
        return privately(responseUrl, answer -> {
            feedback.append(new Feedback(clock.instant(), "slack", asked.collection(), rating, asked.text(),
                    answer.answer(), null, user,
                    Feedback.Source.of(answer.citations())));
            return AnswerBlocks.notice(THANKS);
        });
    }

    private AnswerWorkers.Reply sources(String question, String responseUrl) {
        return privately(responseUrl, answer -> AnswerBlocks.allSources(question, answer));
    }

    private interface Outcome {
        SlackMessage of(Answer answer) throws Exception;
    }

    /** Replies only the person who clicked sees, below the answer (which stays as it was). */
    private AnswerWorkers.Reply privately(String responseUrl, Outcome outcome) {
        return new AnswerWorkers.Reply() {
            @Override
            public void answer(Answer answer) throws Exception {
                delivery.toResponseUrl(responseUrl, ResponseType.EPHEMERAL, outcome.of(answer));
            }

            @Override
            public void notice(String text) throws Exception {
                delivery.toResponseUrl(responseUrl, ResponseType.EPHEMERAL, AnswerBlocks.notice(text));
            }
        };
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the interaction payload is not valid JSON");
        }
    }
}
