package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.Http;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The widget embedded on other sites (other ports, so other origins), allowed and not allowed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetCrossOriginIT {
    private HostSite allowed;
    private HostSite other;
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private WidgetPage page;
    private Http http;

    @BeforeAll
    void start(@TempDir Path data) {
        allowed = new HostSite();
        other = new HostSite();
        citebot = CitebotServer.start(Path.of("seeds"), data, Map.of("CITEBOT_WIDGET_ALLOWED_ORIGINS", allowed.origin()));
        http = citebot.http();
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
        allowed.close();
        other.close();
    }

    @Test
    void onAnAllowedSiteTheWidgetAnswersAndOpensItsSources() {
        page.load(allowed.page(citebot)).open();
        WebElement reply = page.ask("Who did Putin speak with by phone about Niger?");

        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText().contains("Goita"));
        reply.findElement(By.cssSelector(".source")).click();
        assertTrue(page.until(d -> page.find(".highlight")).getText().contains("Goita"));
    }

    @Test
    void onASiteThatIsNotAllowedTheWidgetIsRefused() {
        page.load(other.page(citebot)).open();

        WebElement refusal = page.until(d -> page.find(".unavailable"));
        assertEquals("Citebot is not available on this page.", refusal.getText());
        assertFalse(page.find(".input").isEnabled(), "no question can be sent");
        assertTrue(page.findAll(".starter").isEmpty());
    }

    @Test
    void requestsFromASiteThatIsNotAllowedGetA403AndNoCorsHeader() {
        Http.Reply ask = http.postJson("/api/ask", "{\"question\":\"When was President Bazoum ousted?\"}",
                "Origin", other.origin());
        Http.Reply preflight = http.send(http.request("/api/ask")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", other.origin()).header("Access-Control-Request-Method", "POST"));

        for (Http.Reply refused : List.of(ask, preflight)) {
            assertEquals(403, refused.status());
            assertEquals("forbidden", refused.json().get("error").asText());
            assertTrue(refused.header("Access-Control-Allow-Origin").isEmpty());
        }
        Http.Reply fine = http.postJson("/api/ask", "{\"question\":\"When was President Bazoum ousted?\"}",
                "Origin", allowed.origin());
        assertEquals(200, fine.status());
        assertEquals(allowed.origin(), fine.header("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void insideAHostPageWhoseCspAllowsOnlyCitebotTheWidgetStillWorks() {
        browser.consoleMessages(); // forget earlier pages' messages
        page.load(allowed.strictPage(citebot)).open();
        WebElement reply = page.ask("When was President Bazoum ousted?");

        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText().contains("July 26"));
        assertEquals("rgba(37, 99, 235, 1)", page.find(".launcher").getCssValue("background-color"), "styled under the CSP");
        assertTrue(browser.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")),
                "no CSP violation");
    }

    @Test
    void dataAttributesSetTitleColourPositionAndGreetingAndHostCssCannotReachInside() {
        page.load(allowed.page(citebot)).open();

        assertEquals("Ask the host", page.find(".title").getText());
        assertEquals("Hello from the host site.", page.find(".greeting").getText());
        assertEquals("rgba(15, 118, 110, 1)", page.find(".launcher").getCssValue("background-color"));
        assertTrue(page.find(".launcher").getRect().getX() < 100, "the launcher sits on the left");
        assertFalse(page.find(".greeting .bubble").getCssValue("color").contains("255, 0, 255"),
                "the host page's colour rule does not reach the conversation");
        assertFalse(page.find(".send").getCssValue("background-color").contains("0, 255, 0"));
    }
}
