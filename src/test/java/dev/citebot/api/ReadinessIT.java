package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.http.ApiServer;
import dev.citebot.http.JsonBody;
import dev.citebot.config.CitebotConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.EmbeddingModels;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.citebot.config.Prompts;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessIT {

    @Test
    void readyIs503UntilTheIndexIsLoadedWhileHealthIsAlways200(@TempDir Path empty) {
        CitebotConfig config = Citebots.config(Citebots.SEEDS, Map.of());
        Pipeline pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()));
        Javalin server = ApiServer.create(1024, List.of(new HealthRoutes(pipeline, Citebots.SEEDS),
                new QuestionRoutes(pipeline, new JsonBody(1024),
                        new QuestionValidator(config.limits(), 50)))).start("127.0.0.1", 0);
        try {
            Http http = new Http(server.port());
            assertEquals(503, http.get("/ready").status());
            assertEquals(200, http.get("/health").status());
            BadInputIT.assertJsonError(http.postJson("/api/ask", "{\"question\": \"uranium?\"}"), 503);

            pipeline.load(Citebots.SEEDS);
            pipeline.awaitModel(); // the index embeds nothing before it is ready: the model may still be loading
            Http.Reply ready = http.get("/ready");
            assertEquals(200, ready.status());
            assertEquals(1, ready.json().get("documents").asInt());
        } finally {
            server.stop();
        }
    }

    @Test
    void readyWaitsForTheEmbeddingModelWhenTheIndexNeedsNoEmbedding(@TempDir Path empty) {
        CitebotConfig config = Citebots.config(empty, Map.of());
        CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
        Pipeline pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()),
                Embedder.whenLoaded(model, "all-minilm-l6-v2-q"));
        Javalin server = ApiServer.create(1024, List.of(new HealthRoutes(pipeline, empty))).start("127.0.0.1", 0);
        try {
            Http http = new Http(server.port());
            pipeline.load(empty); // nothing to embed, as when every vector comes from the cache
            assertEquals(503, http.get("/ready").status(), "a question would wait for the model");

            model.complete(EmbeddingModels.named("all-minilm-l6-v2-q", "batched", 4));
            assertEquals(200, http.get("/ready").status());
        } finally {
            server.stop();
        }
    }

    @Test
    void anEmptySeedsFolderStartsAndDeclinesEveryQuestion(@TempDir Path empty) {
        try (var app = Citebots.server(empty, Map.of())) {
            Http http = new Http(app.port());
            assertEquals(200, http.get("/ready").status());
            assertEquals(false, http.postJson("/api/ask", "{\"question\": \"What is uranium?\"}").json()
                    .get("answerable").asBoolean());
        }
    }
}
