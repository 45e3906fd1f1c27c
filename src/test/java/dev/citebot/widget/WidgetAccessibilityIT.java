package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
    static final Path AXE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");
    static final String QUESTION = "When was President Bazoum ousted?";

    private String axeSource;

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

    @SuppressWarnings("unchecked")
    private void assertNoViolations(String state) {
        JavascriptExecutor js = browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axe());
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "function targets(nodes) { return nodes.map(function (n) { return n.target; }); }"
                + "axe.run(document).then(function (r) {"
                + "  done({violations: r.violations.map(function (v) {"
                + "      return {id: v.id, impact: v.impact, help: v.help, targets: targets(v.nodes)}; }),"
                + "    incomplete: r.incomplete.length,"
                + "    passedInShadow: [].concat.apply([], r.passes.map(function (p) { return targets(p.nodes); }))"
                + "      .filter(function (t) { return Array.isArray(t[0]) && t[0].length > 1; }).length});"
                + "}, function (e) { done({error: String(e)}); });");
        if (result.get("error") != null) {
            fail("axe.run failed on " + state + ": " + result.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        StringBuilder report = new StringBuilder();
        for (Map<String, Object> v : violations) {
            report.append("\n  ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ")
                    .append(v.get("help")).append("\n    at ").append(v.get("targets"));
        }
        assertTrue(violations.isEmpty(), "axe-core found " + violations.size() + " violation(s) on " + state + ":"
                + report);
        long inShadow = ((Number) result.get("passedInShadow")).longValue();
        assertTrue(inShadow > 0, "axe checked no element inside the widget's shadow root on " + state);
    }

    private String axe() {
        if (axeSource == null) {
            if (!Files.isRegularFile(AXE)) {
                fail(AXE + " is missing: run .ci/run (it runs npm ci in src/test/js), or"
                        + " `cd src/test/js && npm ci`, to install axe-core at its pinned version");
            }
            try {
                axeSource = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
