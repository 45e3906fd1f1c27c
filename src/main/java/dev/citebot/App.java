package dev.citebot;

import dev.citebot.api.AskStreamRoutes;
import dev.citebot.api.CollectionRoutes;
import dev.citebot.api.CollectionScope;
import dev.citebot.collections.Collections;
import dev.citebot.openai.Models;
import dev.citebot.api.DocumentRoutes;
import dev.citebot.api.HealthRoutes;
import dev.citebot.api.OpenApiRoutes;
import dev.citebot.api.QuestionRoutes;
import dev.citebot.api.QuestionValidator;
import dev.citebot.chat.ChatFrontDoor;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.ConfigException;
import dev.citebot.config.Prompts;
import dev.citebot.config.ReindexSettings;
import dev.citebot.config.SecuritySettings;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.feedback.FeedbackStore;
import dev.citebot.http.ApiServer;
import dev.citebot.http.BoundedBody;
import dev.citebot.http.JsonBody;
import dev.citebot.http.Routes;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.llm.Answerers;
import dev.citebot.mattermost.MattermostRoutes;
import dev.citebot.observability.Metrics;
import dev.citebot.observability.ObservabilityRoutes;
import dev.citebot.openai.OpenAiRoutes;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.ObservedAnswerer;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.reindex.FolderWatcher;
import dev.citebot.reindex.ReindexListener;
import dev.citebot.reindex.ReindexReport;
import dev.citebot.reindex.ReindexRoutes;
import dev.citebot.reindex.Reindexer;
import dev.citebot.security.AccessControl;
import dev.citebot.security.NoMethodOverride;
import dev.citebot.security.SecurityHeaders;
import dev.citebot.shutdown.GracefulDrain;
import dev.citebot.slack.SlackFrontDoor;
import dev.citebot.store.Replica;
import dev.citebot.widget.WidgetRoutes;
import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Citebot: the pipeline and the HTTP server with every front door. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Javalin server;
    private final Pipeline pipeline;
    private final CompletableFuture<KnowledgeIndex> loaded;
    private final Reindexer reindexer;
    private final Optional<FolderWatcher> watcher;
    private final Answerer answers;
    private final Collections collections;
    private final Replica replica;

    private App(Javalin server, Pipeline pipeline, CompletableFuture<KnowledgeIndex> loaded, Reindexer reindexer,
                Optional<FolderWatcher> watcher, Answerer answers, Collections collections, Replica replica) {
        this.collections = collections;
        this.replica = replica;
        this.server = server;
        this.pipeline = pipeline;
        this.loaded = loaded;
        this.reindexer = reindexer;
        this.watcher = watcher;
        this.answers = answers;
    }

    /**
     * Starts serving at once (/ready says 503) while the seeds folder is indexed in the background, then re-indexes
     * what changes in it. Limits, keys, metrics and request logs come before every front door.
     */
    public static App start(CitebotConfig config, Prompts prompts, Pipeline pipeline) {
        SecuritySettings security = config.security();
        Metrics metrics = new Metrics(pipeline);
        Replica replica = Replica.open(config.store(), pipeline);
        replica.bindTo(metrics.registry());
        ReindexListener listener = replica.listener(metrics); // the writer writes each new index to the store
        Reindexer reindexer = new Reindexer(pipeline, config.seedsDir(), listener);
        // Indexing (its own thread) overlaps the server's start-up; /ready says 503 until it is done. A reader
        // replica indexes nothing: it loads the store's latest generation.
        CompletableFuture<KnowledgeIndex> loaded = replica.reads() ? replica.firstGeneration()
                : reindexer.request("start").thenApply(report -> pipeline.current());
        BoundedBody bytes = new BoundedBody(config.limits().bodyMaxBytes(),
                Duration.ofSeconds(config.limits().bodyReadSeconds()));
        JsonBody body = new JsonBody(bytes);
        QuestionValidator validator = new QuestionValidator(config.limits(), config.retrieval().maxTopK());
        // A reader serves the store's collections and changes none (409); the writer writes its own to the store.
        Collections collections = replica.reads()
                ? Collections.following(pipeline, config.dataDir(), config.collections(), metrics)
                : Collections.open(pipeline, config.dataDir(), config.collections(), listener);
        replica.share(collections);
        CollectionScope scope = new CollectionScope(collections);
        BoundedBody uploads = new BoundedBody(config.collections().uploadMaxBytes(),
                Duration.ofSeconds(config.collections().uploadReadSeconds()));
        Answerer answers = new ObservedAnswerer(
                Answerers.create(config.llm(), config.promptsDir(), pipeline), metrics::answered);
        FeedbackLog feedback = replica.feedback( // one store: its appends are serialised
                new FeedbackStore(config.dataDir(), config.limits().feedbackMaxBytes()));
        List<Routes> frontDoors = new ArrayList<>(List.of(
                new ObservabilityRoutes(metrics),
                new SecurityHeaders(security.frameAncestors()),
                new NoMethodOverride(),
                new AccessControl(security, body::readFirst, collections),
                new GracefulDrain(config.shutdownDrain(), Duration.ofSeconds(config.limits().bodyReadSeconds())),
                new HealthRoutes(pipeline, config.seedsDir(), replica::status, !replica.reads()),
                new QuestionRoutes(pipeline, answers, body, validator, scope),
                new AskStreamRoutes(answers, body, validator, scope),
                new DocumentRoutes(pipeline, scope),
                new CollectionRoutes(collections, scope, body, uploads),
                new OpenAiRoutes(answers, body, validator, new Models(collections))));
        if (!replica.reads()) { // a reader's index is the store's: it has nothing of its own to re-index
            frontDoors.add(new ReindexRoutes(reindexer));
        }
        frontDoors.add(new ChatFrontDoor(answers, config.slack().workers(), config.slack().queueSize(),
                List.of(SlackFrontDoor.create(config, feedback, bytes, replica.slackState()), MattermostRoutes.create(config, bytes))));
        frontDoors.add(WidgetRoutes.create(config, prompts, security.origins(), pipeline, feedback, body, scope));
        frontDoors.add(new OpenApiRoutes(frontDoors));
        Javalin server;
        try {
            server = ApiServer.create(config.limits().bodyMaxBytes(), frontDoors).start(config.host(), config.port());
        } catch (RuntimeException e) {
            collections.close();
            replica.close();
            stopAfterFailedStart(reindexer, answers, pipeline);
            throw new ConfigException("cannot listen on " + config.host() + ":" + config.port() + " ("
                    + rootMessage(e) + ")", e);
        }
        LOG.info("Citebot listening on http://{}:{}/ (indexing {}; {})", displayHost(config.host()), server.port(),
                config.seedsDir().toAbsolutePath().normalize(), security);
        pipeline.warmUpLanguages();
        return new App(server, pipeline, loaded, reindexer,
                replica.reads() ? Optional.empty() : watch(config, reindexer), answers, collections, replica);
    }

    /**
     * Stops what started before the server could listen. The embedding model may still be loading its native
     * library: the JVM must not exit in the middle of that (it would crash), so closing the pipeline waits for it.
     */
    private static void stopAfterFailedStart(Reindexer reindexer, Answerer answers, Pipeline pipeline) {
        reindexer.close();
        answers.close();
        pipeline.close(); // after the model's loading has finished
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Optional<FolderWatcher> watch(CitebotConfig config, Reindexer reindexer) {
        ReindexSettings settings = config.reindex();
        if (!settings.watch()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FolderWatcher(config.seedsDir(), reindexer, settings));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot watch {} for changes ({}); use POST /api/admin/reindex", config.seedsDir(), e.getMessage());
            return Optional.empty();
        }
    }

    public int port() {
        return server.port();
    }

    /** Every HTTP route the server answers, as "METHOD /path" (the OpenAPI document must describe each). */
    public List<String> endpoints() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .toList();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Waits until the seeds folder is indexed and the embedding model loaded: until /ready says 200. */
    public KnowledgeIndex awaitIndex() {
        KnowledgeIndex index = loaded.join();
        pipeline.awaitModel();
        return index;
    }

    /** Re-indexes now (what POST /api/admin/reindex does), waiting for the run to finish. */
    public ReindexReport reindex() {
        return reindexer.request("requested").join();
    }

    /** Stops watching, drains requests in flight (bounded), then stops indexing and the parser process. */
    @Override
    public void close() {
        watcher.ifPresent(FolderWatcher::close);
        server.stop();
        reindexer.close();
        replica.close();
        collections.close();
        answers.close();
        pipeline.close();
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
