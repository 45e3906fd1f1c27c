package dev.citebot.widget;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The widget tests' view of a Citebot started by {@link Citebots} (the one starter): its origin, URLs and an HTTP
 * client.
 */
final class CitebotServer implements AutoCloseable {
    static final Path SEED = Path.of("seeds", "niger-crisis-putin-ecowas.txt");
    static final String ADMIN_KEY = "test-admin-key-4f9c";

    private final App app;

    private CitebotServer(App app) {
        this.app = app;
    }

    static CitebotServer start(Path seeds, Path data, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("CITEBOT_DATA_DIR", data.toString(), "CITEBOT_ADMIN_KEY", ADMIN_KEY));
        env.putAll(settings);
        return new CitebotServer(Citebots.server(seeds, env));
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

    Http http() {
        return new Http(app.port());
    }

    @Override
    public void close() {
        app.close();
    }
}
