package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * Screenshots for the docs (target/screenshots/, copied to docs/img/), taken on a desktop screen and on a
 * 360 px phone, where the panel must fit the screen with nothing cut off.
 */
class WidgetScreenshotsIT extends SeedWidgetIT {
    /** The default accent colour, widget.color=#2563eb. */
    private static final int ACCENT = 0x2563eb;

    @Test
    void desktopScreenshotsShowTheStarterQuestionsAnAnswerAndItsHighlightedSource() throws Exception {
        browser.viewport(1280, 800, false);
        page.load(citebot.url("/")).open();
        page.until(d -> !page.findAll(".starter").isEmpty());
        BufferedImage start = assertPng(browser.screenshot("widget-desktop-start.png"));

        page.ask("When was President Bazoum ousted?");
        BufferedImage answer = assertPng(browser.screenshot("widget-desktop-answer.png"));
        assertTrue(changed(start, answer) > 0.01, "the answer shows on the screenshot");

        page.find(".source").click();
        page.until(d -> page.find(".highlight").isDisplayed());
        BufferedImage source = assertPng(browser.screenshot("widget-desktop-source.png"));
        assertTrue(changed(answer, source) > 0.01, "the cited source shows on the screenshot");
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

    /**
     * A PNG of the page with the widget on it: readable, the viewport's shape, and showing the widget's accent
     * colour (the launcher, the header and the send button are drawn in it), not a blank or half-drawn page.
     */
    private static BufferedImage assertPng(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', file + " is a screenshot");
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null && image.getWidth() > 300 && image.getHeight() > 300, file + " has a size");
        int accent = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == ACCENT) {
                    accent++;
                }
            }
        }
        assertTrue(accent > 200, file + " shows the widget's accent colour (" + accent + " sampled pixels)");
        return image;
    }

    /** The share of sampled pixels that differ between two screenshots of the same size. */
    private static double changed(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long differ = 0;
        long all = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                all++;
                differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return (double) differ / all;
    }
}
