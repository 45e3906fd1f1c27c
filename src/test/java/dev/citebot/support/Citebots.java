package dev.citebot.support;

import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts real Citebots for tests: the repository's config and prompts, the real model, port 0. */
public final class Citebots {
    public static final Path SEEDS = Path.of("seeds");

    private Citebots() {
    }

    public static CitebotConfig config(Path seeds, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("CITEBOT_PORT", "0");
        env.put("CITEBOT_HOST", "127.0.0.1");
        env.put("CITEBOT_SEEDS_DIR", seeds.toString());
        env.putAll(overrides);
        return CitebotConfig.load(CitebotConfig.DEFAULT_FILE, env);
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
