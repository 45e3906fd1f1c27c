package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The demo page at {@code /}: the snippet to copy, and the widget working under the page's strict CSP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPageTest {
    private CitebotServer citebot;
    private Browser browser;
    private WidgetPage page;

    @BeforeAll
    void start(@TempDir Path data) {
        citebot = CitebotServer.start(data);
        browser = new Browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        browser.close();
        citebot.close();
    }

    @Test
    void demoPageShowsTheOneLineSnippetForThisServer() {
        page.load(citebot.url("/"));

        assertEquals("<script src=\"" + citebot.origin() + "/widget.js\" data-title=\"Ask our docs\" async></script>",
                browser.driver().findElement(By.id("snippet")).getText());
        page.until(d -> d.findElement(By.id("documents")).getText().contains("niger-crisis-putin-ecowas.txt"));
    }

    @Test
    void openTheChatButtonOpensTheWidgetAndAWholeQuestionRaisesNoCspViolation() {
        browser.consoleMessages(); // forget earlier pages' messages
        page.load(citebot.url("/"));

        browser.driver().findElement(By.id("open-chat")).click();
        page.until(d -> page.panelOpen());
        page.ask("When was President Bazoum ousted?").findElement(By.cssSelector(".source")).click();
        page.until(d -> page.find(".highlight").isDisplayed());

        assertTrue(browser.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")
                || m.contains("TrustedHTML") || m.contains("Trusted Type")), "no CSP or Trusted Types violation");
    }
}
