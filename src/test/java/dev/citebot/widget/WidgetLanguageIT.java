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

/**
 * On a page whose language is German, the widget's own words are German (its greeting, labels, buttons, feedback
 * thanks, and the errors the server returns, told by their code), and so is Citebot's refusal; on a page in a
 * language the widget has no words for, they are English, and the server's own error message is shown as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetLanguageIT {
    /** Questions longer than this are refused by the server with 400 (the widget's box takes up to 2,000). */
    private static final int QUESTION_MAX = 200;
    private static final String TOO_LONG = "Wie ".repeat(QUESTION_MAX / 4) + "lange noch?";

    private HostSite site;
    private HostSite plainSite; // its tag sets no greeting: the server's greeting in the page's language is shown
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private WidgetPage page;
    private final Prompts prompts = Prompts.load(Path.of("prompts"));

    @BeforeAll
    void start(@TempDir Path data) {
        site = new HostSite();
        plainSite = new HostSite("data-title=\"Ask the host\"");
        citebot = CitebotServer.start(Path.of("seeds"), data, Map.of(
                "CITEBOT_WIDGET_ALLOWED_ORIGINS", site.origin() + "," + plainSite.origin(),
                "CITEBOT_LIMITS_QUESTION_MAX_CHARS", String.valueOf(QUESTION_MAX)));
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
        plainSite.close();
        site.close();
    }

    @Test
    void aGermanPageShowsTheWidgetInGerman() {
        page.load(site.germanPage(citebot)).open();
        assertEquals("de", page.script("return document.querySelector('citebot-widget').lang"));
        assertEquals("Stellen Sie eine Frage…", page.find(".input").getAttribute("placeholder"));
        assertEquals("Ihre Frage", page.find(".input").getAttribute("aria-label"));
        assertEquals("Unterhaltung löschen", page.find(".clear").getAttribute("aria-label"));
        assertEquals("Chat schließen", page.find(".close").getAttribute("aria-label"));
        assertEquals("Frage senden", page.find(".send").getAttribute("aria-label"));
        assertEquals("Chat schließen: Ask the host", page.find(".launcher").getAttribute("aria-label"));
        assertEquals("Unterhaltung", page.find(".log").getAttribute("aria-label"));
        assertEquals("Vorgeschlagene Fragen", page.find(".starters").getAttribute("aria-label"));
        assertEquals("Ask the host sucht die Antwort…", page.find(".typing .sr-only").getAttribute("textContent"));

        WebElement reply = page.ask("Welche Farbe hat das Fahrrad des Bürgermeisters von Kaltenbach?");

        assertTrue(reply.getAttribute("class").contains("declined"), reply.getText());
        assertEquals("Nicht in den Dokumenten gefunden",
                reply.findElement(By.cssSelector(".declined-label")).getText());
        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText()
                .contains(prompts.in("de").refusal()), reply.getText());
        assertEquals("Kopieren", reply.findElement(By.cssSelector(".copy")).getText());
        assertEquals("Hilfreich", reply.findElement(By.cssSelector(".rate.up")).getAttribute("aria-label"));
        assertEquals("Nicht hilfreich", reply.findElement(By.cssSelector(".rate.down")).getAttribute("aria-label"));

        reply.findElement(By.cssSelector(".rate.up")).click();
        page.until(d -> "Danke für Ihre Rückmeldung.".equals(status()));
    }

    @Test
    void aGermanPageIsGreetedInGerman() {
        page.load(plainSite.germanPage(citebot)).open();

        assertEquals(prompts.in("de").greeting(), page.find(".greeting .bubble").getText());
        assertTrue(page.find(".greeting .bubble").getText().startsWith("Hallo!"));
    }

    @Test
    void anErrorFromTheServerIsToldInGermanByItsCode() {
        page.load(site.germanPage(citebot)).open();

        WebElement reply = page.ask(TOO_LONG);

        assertTrue(reply.getAttribute("class").contains("error"), reply.getText());
        assertEquals("Citebot konnte diese Anfrage nicht lesen.", reply.getText());
    }

    @Test
    void aPageInALanguageWithoutTranslationsShowsTheWidgetInEnglish() {
        page.load(plainSite.pageIn("pt", citebot)).open();
        assertEquals("en", page.script("return document.querySelector('citebot-widget').lang"));
        assertEquals(prompts.greeting(), page.find(".greeting .bubble").getText());
        assertEquals("Ask a question…", page.find(".input").getAttribute("placeholder"));
        assertEquals("Clear conversation", page.find(".clear").getAttribute("aria-label"));
        assertEquals("Send question", page.find(".send").getAttribute("aria-label"));

        WebElement reply = page.ask(TOO_LONG);

        assertEquals("'question' is longer than " + QUESTION_MAX + " characters", reply.getText(),
                "in English the server's own message, as before");
    }

    /** What the widget last said to screen readers (its status line is visually hidden). */
    private String status() {
        return page.find("p.sr-only[role=status]").getAttribute("textContent");
    }
}
