package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A document whose text holds markup and script. Cited, it must show as the characters it contains: several
 * open-source chat widgets put cited text into innerHTML and so ran whatever a document said. The page here
 * has no Content-Security-Policy, so only the widget itself stands between the document and the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetXssIT {
    static final String IMG = "<img src=x onerror=\"window.__pwned='img'\">";
    static final String SCRIPT = "<script>window.__pwned='script'</script>";
    static final String LINK = "<a href=\"javascript:window.__pwned='link'\">the keeper's log</a>";
    static final String HOSTILE = "Notes of the Zanzibar lighthouse keeper\n\n"
            + "The Zanzibar lighthouse keeper painted " + IMG + " on the lamp room wall in 1911.\n\n"
            + "Below it he wrote " + SCRIPT + " and pinned " + LINK + " next to the door.\n";
    static final String QUESTION = "What did the Zanzibar lighthouse keeper paint on the lamp room wall?";

    private HostSite host;
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private WidgetPage page;

    @BeforeAll
    void start(@TempDir Path seeds, @TempDir Path data) throws Exception {
        Files.copy(CitebotServer.SEED, seeds.resolve(CitebotServer.SEED.getFileName()));
        Files.writeString(seeds.resolve("lighthouse-keeper.txt"), HOSTILE);
        host = new HostSite();
        citebot = CitebotServer.start(seeds, data, Map.of("CITEBOT_WIDGET_ALLOWED_ORIGINS", host.origin()));
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
        host.close();
    }

    @Test
    void citedMarkupShowsAsTextAndNothingRunsOrIsInjected() throws Exception {
        page.load(host.page(citebot)).open();
        WebElement reply = page.ask(QUESTION);

        assertTrue(reply.getAttribute("class").contains("answer"), "the hostile document is cited");
        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText().contains(IMG), "the markup shows as text");
        String quotes = reply.findElement(By.cssSelector(".sources")).getText();
        assertTrue(quotes.contains("<img src=x onerror="), quotes);
        assertNothingRanOrWasInjected();
    }

    @Test
    void documentViewerShowsTheHostileDocumentAsText() throws Exception {
        page.load(host.page(citebot)).open();
        page.ask(QUESTION).findElement(By.cssSelector(".marker")).click();
        page.until(d -> page.find(".highlight").isDisplayed());

        String shown = page.find(".doc-text").getText();
        assertTrue(shown.contains(IMG) && shown.contains(SCRIPT) && shown.contains(LINK), shown);
        assertNothingRanOrWasInjected();
    }

    private void assertNothingRanOrWasInjected() throws InterruptedException {
        Thread.sleep(1000); // an injected <img src=x> would fail to load and run onerror within this time
        assertNull(page.script("return window.__pwned === undefined ? null : String(window.__pwned)"));
        assertEquals(0L, page.script("return document.querySelector('citebot-widget').shadowRoot"
                + ".querySelectorAll('img, script, a, iframe, object, embed, [onerror], [href]').length"));
        assertEquals(0L, page.script("return document.querySelectorAll('img, a, iframe, [onerror]').length"));
        assertEquals(1L, page.script("return document.scripts.length"), "only the page's own script tag");
    }
}
