package dev.citebot.support;

import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts real Citebots for tests: the repository's config and prompts, the real model, port 0. Tests never use
 * the default {@code data/} folders: each configuration gets a data folder of its own (feedback, Slack's seen
 * events), and each test run one cache folder, made fresh, so no cache written by an earlier build feeds it.
 */
public final class Citebots {
    public static final Path SEEDS = Path.of("seeds");
    private static final Path RUN_CACHE = temporary("citebot-test-cache");

    private Citebots() {
    }

    public static CitebotConfig config(Path seeds, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("CITEBOT_PORT", "0");
        env.put("CITEBOT_HOST", "127.0.0.1");
        env.put("CITEBOT_SEEDS_DIR", seeds.toString());
        env.put("CITEBOT_CACHE_DIR", RUN_CACHE.toString());
        env.put("CITEBOT_DATA_DIR", temporary("citebot-test-data").toString());
        env.putAll(overrides);
        return CitebotConfig.load(CitebotConfig.DEFAULT_FILE, env);
    }

    /** A new folder, deleted when the test run ends. */
    public static Path temporary(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no failure
        }
    }

    /** A pipeline with the seeds folder loaded. */
    public static Pipeline pipeline(Path seeds, Map<String, String> overrides) {
        CitebotConfig config = config(seeds, overrides);
        Pipeline pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()));
        pipeline.load(seeds);
        return pipeline;
    }

    /** A running server with the seeds folder indexed. */
    public static App server(Path seeds, Map<String, String> overrides) {
        CitebotConfig config = config(seeds, overrides);
        Prompts prompts = Prompts.load(config.promptsDir());
        App app = App.start(config, prompts, PipelineFactory.create(config, prompts));
        app.awaitIndex();
        return app;
    }
}
