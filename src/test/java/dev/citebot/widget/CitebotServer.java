package dev.citebot.widget;

import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.pipeline.PipelineFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real Citebot on a free port, with the real model and config, indexing the given seeds folder. */
final class CitebotServer implements AutoCloseable {
    static final Path SEED = Path.of("seeds", "niger-crisis-putin-ecowas.txt");
    static final String ADMIN_KEY = "test-admin-key-4f9c";

    private final App app;

    private CitebotServer(App app) {
        this.app = app;
    }

    static CitebotServer start(Path seeds, Path data, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("CITEBOT_PORT", "0", "CITEBOT_HOST", "127.0.0.1",
                "CITEBOT_SEEDS_DIR", seeds.toString(), "CITEBOT_DATA_DIR", data.toString(),
                "CITEBOT_ADMIN_KEY", ADMIN_KEY));
        env.putAll(settings);
        CitebotConfig config = CitebotConfig.load(Path.of("config/citebot.properties"), env);
        Prompts prompts = Prompts.load(config.promptsDir());
        App app = App.start(config, prompts, PipelineFactory.create(config, prompts));
        app.awaitIndex();
        return new CitebotServer(app);
    }

    static CitebotServer start(Path data) {
        return start(Path.of("seeds"), data, Map.of());
    }

    String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    String url(String path) {
        return origin() + path;
    }

    @Override
    public void close() {
        app.close();
    }
}
