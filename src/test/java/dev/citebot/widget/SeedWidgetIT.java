package dev.citebot.widget;

import dev.citebot.support.Http;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real Citebot on the seed, an HTTP client to it and a real Chromium, started once for the test class that
 * extends this.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedWidgetIT {
    protected Path data;
    protected CitebotServer citebot;
    protected Http http;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    protected Browser browser;
    protected WidgetPage page;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        data = dataDir;
        citebot = CitebotServer.start(dataDir);
        http = citebot.http();
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
    }
}
