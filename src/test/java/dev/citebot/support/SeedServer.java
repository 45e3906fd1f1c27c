package dev.citebot.support;

import dev.citebot.App;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Citebot on the seed article (default config, port 0), started once for a test class:
 * {@code @RegisterExtension static final SeedServer SERVER = new SeedServer();}
 */
public final class SeedServer implements BeforeAllCallback, AfterAllCallback {
    private App app;
    private Http http;

    @Override
    public void beforeAll(ExtensionContext context) {
        app = Citebots.server(Citebots.SEEDS, Map.of());
        http = new Http(app.port());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.close();
    }

    public App app() {
        return app;
    }

    public Http http() {
        return http;
    }
}
