package dev.citebot.widget;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium and its chromedriver, started once for a test class and closed after it: the one
 * place the widget and admin tests get their {@link Browser} from. Register it with
 * {@code @RegisterExtension static final ChromiumStage CHROMIUM = new ChromiumStage();} and read
 * {@link #browser()} from the class's {@code @BeforeAll} or tests (it is started before them). Test classes run
 * one after the other, so a subclass of a class that registers it gets a browser of its own.
 */
final class ChromiumStage implements BeforeAllCallback, AfterAllCallback {
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = new Browser();
    }

    /** The running browser of the current test class. */
    Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("Chromium is started before the class's @BeforeAll, not in a constructor");
        }
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
