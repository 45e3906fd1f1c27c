package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * axe-core (the npm package, pinned in src/test/js/package-lock.json) run in Chromium on the demo page in each
 * state a user sees: no violation, inside the widget's Shadow DOM as well as on the page around it. axe is put in
 * the page by WebDriver, which the page's strict CSP does not apply to; nothing is changed on the page for it.
 * All of axe's default rules run, none turned off. axe 4.x goes into open shadow roots by itself; each check also
 * asserts that elements inside the widget passed (axe names those by a selector path, host then element), so
 * the widget is not silently left out. Only violations fail: "incomplete" results (axe cannot decide, e.g. the
 * contrast of the demo page's own text over its gradient background) are for a person to review.
 */
class WidgetAccessibilityIT extends SeedWidgetIT {
    static final String QUESTION = "When was President Bazoum ousted?";

    private Axe axe;

    @Test
    void theDemoPageWithTheWidgetClosed() {
        page.load(citebot.url("/"));
        assertNoViolations("the demo page, widget closed");
    }

    @Test
    void theOpenWidgetWithItsStarterQuestions() {
        page.load(citebot.url("/")).open();
        page.until(d -> page.find(".starters").isDisplayed() && !page.findAll(".starter").isEmpty());
        assertNoViolations("the open widget with its starter questions");
    }

    @Test
    void anAnswerWithItsSources() {
        page.load(citebot.url("/")).open();
        answer();
        assertNoViolations("an answer with its sources");
    }

    @Test
    void aCitedSourceOpen() {
        page.load(citebot.url("/")).open();
        answer().findElement(By.cssSelector(".source")).click();
        page.until(d -> page.find(".highlight").isDisplayed());
        settle();
        assertNoViolations("a cited source open");
    }

    @Test
    void thePanelOpenAt360PixelsWide() {
        browser.viewport(360, 740, true);
        try {
            page.load(citebot.url("/")).open();
            assertNoViolations("the panel open at 360 px");
            answer();
            assertNoViolations("an answer at 360 px");
        } finally {
            browser.desktop();
        }
    }

    /** The first reply once it is whole: its sources are listed after the text has streamed in. */
    private WebElement answer() {
        page.find(".input").sendKeys(QUESTION, Keys.ENTER);
        WebElement reply = page.reply(1);
        page.until(d -> !reply.findElements(By.cssSelector(".source")).isEmpty() && !page.find(".typing").isDisplayed());
        settle();
        return reply;
    }

    /** Waits for the widget's animations to end, so colours are measured as they stay. */
    private void settle() {
        page.until(d -> (Boolean) page.script("return document.querySelector('citebot-widget').shadowRoot"
                + ".getAnimations().every(function (a) { return a.playState !== 'running'; })"));
    }

    private void assertNoViolations(String state) {
        if (axe == null) {
            axe = new Axe(browser.driver());
        }
        long inShadow = axe.assertNoViolations(state);
        assertTrue(inShadow > 0, "axe checked no element inside the widget's shadow root on " + state);
    }
}
