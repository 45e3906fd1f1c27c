package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.Prompts;
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

/** On a page whose language is German, the widget's own words are German, and so is Citebot's refusal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetLanguageIT {
    private HostSite site;
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private WidgetPage page;

    @BeforeAll
    void start(@TempDir Path data) {
        site = new HostSite();
        citebot = CitebotServer.start(Path.of("seeds"), data, Map.of("CITEBOT_WIDGET_ALLOWED_ORIGINS", site.origin()));
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
        site.close();
    }

    @Test
    void aGermanPageShowsTheWidgetInGerman() {
        page.load(site.germanPage(citebot)).open();
        assertEquals("Stellen Sie eine Frage…", page.find(".input").getAttribute("placeholder"));
        assertEquals("Unterhaltung löschen", page.find(".clear").getAttribute("aria-label"));

        WebElement reply = page.ask("Welche Farbe hat das Fahrrad des Bürgermeisters von Kaltenbach?");

        assertTrue(reply.getAttribute("class").contains("declined"), reply.getText());
        assertEquals("Nicht in den Dokumenten gefunden",
                reply.findElement(By.cssSelector(".declined-label")).getText());
        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText()
                .contains(Prompts.load(Path.of("prompts")).in("de").refusal()), reply.getText());
    }
}
