package dev.citebot.slack;

import io.javalin.http.HttpStatus;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.chat.ChatFrontDoor;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.SlackSettings;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.http.ApiException;
import dev.citebot.http.BoundedBody;
import dev.citebot.http.Role;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's front door: slash commands, events and buttons under {@code /slack}. Without a signing secret the
 * endpoints answer 404: they are never open.
 */
public final class SlackFrontDoor implements ChatFrontDoor.Chat {
    private static final Logger LOG = LoggerFactory.getLogger(SlackFrontDoor.class);
    static final String COMMANDS = "/slack/commands";
    static final String EVENTS = "/slack/events";
    static final String INTERACTIONS = "/slack/interactions";

    private final SlackSettings slack;
    private final FeedbackLog feedback;
    private final BoundedBody body;
    private final int maxQuestionChars;
    private final Clock clock;
    private final Optional<SharedSlackState> shared;

    public SlackFrontDoor(SlackSettings slack, FeedbackLog feedback, BoundedBody body, int maxQuestionChars,
                          Clock clock) {
        this(slack, feedback, body, maxQuestionChars, clock, Optional.empty());
    }

    /** @param shared the seen events and conversations every replica shares (store=postgres); empty: this process's */
    public SlackFrontDoor(SlackSettings slack, FeedbackLog feedback, BoundedBody body, int maxQuestionChars,
                          Clock clock, Optional<SharedSlackState> shared) {
        this.shared = shared;
        this.slack = slack;
        this.feedback = feedback;
        this.body = body;
        this.maxQuestionChars = maxQuestionChars;
        this.clock = clock;
    }

    /** Production wiring: settings from the config, ratings in {@code feedback}, bodies read within {@code body}'s bounds. */
    public static SlackFrontDoor create(CitebotConfig config, FeedbackLog feedback, BoundedBody body,
                                        Optional<SharedSlackState> shared) {
        return new SlackFrontDoor(config.slack(), feedback, body,
                config.limits().questionMaxChars(), Clock.systemUTC(), shared);
    }

    @Override
    public void register(JavalinConfig config, AnswerWorkers workers) {
        if (slack.enabled()) {
            registerSlack(config, workers);
        } else {
            LOG.info("Slack endpoints are off: set CITEBOT_SLACK_SIGNING_SECRET to turn them on");
            for (String path : new String[] {COMMANDS, EVENTS, INTERACTIONS}) {
                config.routes.post(path, ctx -> {
                    throw new ApiException(HttpStatus.NOT_FOUND, "the Slack endpoints are off on this server");
                }, Role.WEBHOOK);
            }
        }
    }

    private void registerSlack(JavalinConfig config, AnswerWorkers workers) {
        SlackDelivery delivery = new SlackDelivery(slack);
        config.events.serverStopped(delivery::close);
        SignedRequests signed = new SignedRequests(new SlackSignature(slack.signingSecret(), clock), body);
        EventLedger seen = shared.map(SharedSlackState::events).orElseGet(() -> EventLedger.inMemory(clock));
        SlackCommands commands = new SlackCommands(workers, delivery, slack.responseType(), maxQuestionChars,
                slack.channels());
        ConversationMemory threads = shared.map(SharedSlackState::conversations)
                .orElseGet(() -> ConversationMemory.inMemory(clock));
        SlackEvents events = new SlackEvents(workers, delivery, seen, threads, maxQuestionChars, slack.channels());
        SlackInteractions interactions = new SlackInteractions(workers, delivery, feedback, clock, slack.channels());
        config.routes.post(COMMANDS, signed.verified(commands::handle), Role.WEBHOOK);
        config.routes.post(EVENTS, signed.verified(events::handle), Role.WEBHOOK);
        config.routes.post(INTERACTIONS, signed.verified(interactions::handle), Role.WEBHOOK);
        LOG.info("Slack endpoints are on at {}, {} and {}", COMMANDS, EVENTS, INTERACTIONS);
        if (!slack.canPost()) {
            LOG.warn("no Slack bot token (CITEBOT_SLACK_BOT_TOKEN): slash commands work, mentions and direct "
                    + "messages cannot be answered");
        }
    }
}
