package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * Screenshots for the docs (target/screenshots/, copied to docs/img/), taken on a desktop screen and on a
 * 360 px phone, where the panel must fit the screen with nothing cut off.
 */
class WidgetScreenshotsIT extends SeedWidgetIT {

    @Test
    void desktopScreenshotsShowTheStarterQuestionsAnAnswerAndItsHighlightedSource() throws Exception {
        browser.viewport(1280, 800, false);
        page.load(citebot.url("/")).open();
        page.until(d -> !page.findAll(".starter").isEmpty());
        assertPng(browser.screenshot("widget-desktop-start.png"));

        page.ask("When was President Bazoum ousted?");
        assertPng(browser.screenshot("widget-desktop-answer.png"));

        page.find(".source").click();
        page.until(d -> page.find(".highlight").isDisplayed());
        assertPng(browser.screenshot("widget-desktop-source.png"));
    }

    @Test
    void at360PixelsWideThePanelFillsTheScreenAndNothingIsCutOff() throws Exception {
        browser.viewport(360, 740, true);
        page.load(citebot.url("/")).open();
        assertEquals(360L, page.script("return window.innerWidth"));
        page.ask("Who did Putin speak with by phone about Niger?");

        Rectangle panel = page.find(".panel").getRect();
        assertEquals(0, panel.getX());
        assertEquals(360, panel.getWidth());
        for (WebElement part : page.findAll(".input, .send, .header-button.close, .source")) {
            Rectangle r = part.getRect();
            assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= 360, "inside the screen: " + part.getAttribute("class"));
        }
        assertEquals(Boolean.FALSE, page.script(
                "var c = document.querySelector('citebot-widget').shadowRoot.querySelector('.conversation');"
                        + "return c.scrollWidth > c.clientWidth"), "no sideways scrolling in the conversation");
        assertPng(browser.screenshot("widget-360.png"));
        browser.viewport(1280, 800, false);
    }

    private static void assertPng(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', file + " is a screenshot");
    }
}
