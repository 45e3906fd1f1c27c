package dev.citebot.chat;

import dev.citebot.http.Routes;
import dev.citebot.pipeline.Answerer;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Optional;

/**
 * The chat front doors (Slack's endpoints, Mattermost's slash commands) on one pool of {@link AnswerWorkers}, so
 * that a slow answer never holds up a webhook's acknowledgement and both chats share one bounded queue.
 */
public final class ChatFrontDoor implements Routes {
    /** A chat's routes, answering through the shared workers. */
    public interface Chat {
        void register(JavalinConfig config, AnswerWorkers workers);
    }

    private final Answerer answerer;
    private final int workers;
    private final int queueSize;
    private final List<Chat> chats;

    public ChatFrontDoor(Answerer answerer, int workers, int queueSize, List<Chat> chats) {
        this.answerer = answerer;
        this.workers = workers;
        this.queueSize = queueSize;
        this.chats = List.copyOf(chats);
    }

    @Override
    public void register(JavalinConfig config) {
        AnswerWorkers shared = new AnswerWorkers(answerer, workers, queueSize);
        config.events.serverStopped(shared::close);
        chats.forEach(chat -> chat.register(config, shared));
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/chat.json");
    }
}
