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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package, pinned in src/test/js/package-lock.json) run on the page Chromium shows, with all
 * its default rules. It is put in the page by WebDriver, which the page's strict CSP does not apply to. Only
 * violations fail; "incomplete" results (axe cannot decide) are for a person to review.
 */
final class Axe {
    static final Path SOURCE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");

    private final ChromeDriver driver;
    private String source;

    Axe(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Fails listing every violation (id, impact, help, targets); returns how many passing nodes lay inside a
     * shadow root (axe names those by a selector path, host then element).
     */
    @SuppressWarnings("unchecked")
    long assertNoViolations(String state) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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
        return ((Number) result.get("passedInShadow")).longValue();
    }

    private String source() {
        if (source == null) {
            if (!Files.isRegularFile(SOURCE)) {
                fail(SOURCE + " is missing: run .ci/run (it runs npm ci in src/test/js), or"
                        + " `cd src/test/js && npm ci`, to install axe-core at its pinned version");
            }
            try {
                source = Files.readString(SOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
