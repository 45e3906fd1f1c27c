package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Filter;

/**
 * The demo page at {@code /}: the snippet to copy, its "Open the chat" button (also before the widget has loaded),
 * its icon, and the widget working under the page's strict CSP.
 */
class DemoPageIT extends SeedWidgetIT {

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

    @Test
    void openTheChatClickedBeforeTheWidgetHasLoadedOpensTheChatOnceItHas() {
        CountDownLatch clicked = new CountDownLatch(1);
        Filter holdTheWidgetBack = next -> request -> {
            if (request.getUri().contains("/widget.js")) {
                await(clicked);
            }
            return next.execute(request);
        };
        try (Browser eager = new Browser(PageLoadStrategy.EAGER);
             NetworkInterceptor slowWidget = new NetworkInterceptor(eager.driver(), holdTheWidgetBack)) {
            WidgetPage early = new WidgetPage(eager.driver());
            eager.driver().get(citebot.url("/"));
            early.until(d -> d.findElement(By.id("snippet")).getText().contains("data-title")); // demo.js has run
            assertTrue(eager.driver().findElements(By.cssSelector("citebot-widget")).isEmpty(), "the widget is held back");

            eager.driver().findElement(By.id("open-chat")).click();
            clicked.countDown();

            early.until(d -> !d.findElements(By.cssSelector("citebot-widget")).isEmpty()
                    && !early.findAll(".launcher").isEmpty());
            assertDoesNotThrow(() -> early.until(d -> early.panelOpen()), "the click opens the chat once the widget is ready");
            assertTrue(early.focused().getAttribute("class").contains("input"), "focus is in the question box");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void demoPageLoadsEveryResourceItAsksForItsIconIncluded() {
        browser.consoleMessages(); // forget earlier pages' messages
        page.load(citebot.url("/"));
        page.until(d -> d.findElement(By.id("documents")).getText().contains("niger-crisis-putin-ecowas.txt"));

        assertEquals(List.of(), browser.consoleMessages().stream()
                .filter(m -> m.contains("Failed to load resource")).toList(), "every resource loads (no 404)");
    }
}
