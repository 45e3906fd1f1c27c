package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The demo page at {@code /}: the snippet to copy, and the widget working under the page's strict CSP. */
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
}
