package dev.citebot;

import dev.citebot.api.ApiServer;
import dev.citebot.api.AskStreamRoutes;
import dev.citebot.api.DocumentRoutes;
import dev.citebot.api.HealthRoutes;
import dev.citebot.api.Json;
import dev.citebot.api.JsonBody;
import dev.citebot.api.OpenApiRoutes;
import dev.citebot.api.QuestionRoutes;
import dev.citebot.api.QuestionValidator;
import dev.citebot.api.Routes;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.llm.Answers;
import dev.citebot.llm.LlmSettings;
import dev.citebot.openai.OpenAiRoutes;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.slack.SlackFrontDoor;
import dev.citebot.widget.WidgetRoutes;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Citebot: the pipeline and the HTTP server with every front door. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Javalin server;
    private final Pipeline pipeline;
    private final CompletableFuture<KnowledgeIndex> loaded;
    private final Answers answers;

    private App(Javalin server, Pipeline pipeline, CompletableFuture<KnowledgeIndex> loaded, Answers answers) {
        this.server = server;
        this.pipeline = pipeline;
        this.loaded = loaded;
        this.answers = answers;
    }

    /** Starts serving at once (/ready says 503) and indexes the seeds folder in the background. */
    public static App start(CitebotConfig config, Prompts prompts, Pipeline pipeline) {
        JsonBody body = new JsonBody(Json.mapper(), config.limits().bodyMaxBytes());
        QuestionValidator validator = new QuestionValidator(config.limits(), config.retrieval().maxTopK());
        Answers answers = Answers.create(LlmSettings.from(config.settings()), config.promptsDir(), pipeline);
        List<Routes> frontDoors = new ArrayList<>(List.of(
                new HealthRoutes(pipeline),
                new QuestionRoutes(pipeline, answers, body, validator),
                new AskStreamRoutes(answers, body, validator),
                new DocumentRoutes(pipeline),
                new OpenAiRoutes(answers, body, validator)));
        frontDoors.add(SlackFrontDoor.create(config, answers::ask));
        frontDoors.add(WidgetRoutes.create(config, prompts, pipeline, body));
        frontDoors.add(new OpenApiRoutes(frontDoors));
        Javalin server = ApiServer.create(config.limits().bodyMaxBytes(), frontDoors).start(config.host(), config.port());
        LOG.info("Citebot listening on http://{}:{}/ (indexing {})", displayHost(config.host()), server.port(),
                config.seedsDir().toAbsolutePath().normalize());
        CompletableFuture<KnowledgeIndex> loaded = CompletableFuture.supplyAsync(() -> index(pipeline, config));
        return new App(server, pipeline, loaded, answers);
    }

    private static KnowledgeIndex index(Pipeline pipeline, CitebotConfig config) {
        long started = System.nanoTime();
        KnowledgeIndex index = pipeline.load(config.seedsDir());
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (index.documents().isEmpty()) {
            LOG.warn("no documents found in {}: Citebot is running and will decline every question until "
                    + "documents are added", config.seedsDir());
        } else {
            LOG.info("ready: indexed {} documents, {} passages in {} ms; {} files skipped",
                    index.documents().size(), index.passages().size(), ms, index.failures().size());
        }
        return index;
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

    /** Waits until the seeds folder is indexed. */
    public KnowledgeIndex awaitIndex() {
        return loaded.join();
    }

    @Override
    public void close() {
        server.stop();
        answers.close();
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
