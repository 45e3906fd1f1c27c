package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard only, as someone who cannot use a mouse: every step by Tab, Enter and Escape; on a phone, where the
 * panel covers the page, the keyboard stays inside it.
 */
class WidgetKeyboardIT extends SeedWidgetIT {

    @Test
    void keyboardOnlySessionOpensAsksReadsTheSourcesAndCloses() {
        page.load(citebot.url("/"));
        WebElement launcher = tabUntil("launcher", 12);
        assertTrue(focusRingShows(launcher), "the focused launcher shows a focus ring");

        keys(Keys.ENTER);
        page.until(d -> page.panelOpen()); // it fades in: Selenium counts a transparent panel as hidden
        assertTrue(page.focused().getAttribute("class").contains("input"), "focus moves into the panel");
        keys("When was President Bazoum ousted?", Keys.ENTER);
        WebElement reply = page.reply(1);
        assertTrue(reply.getText().contains("July 26"));

        WebElement source = shiftTabUntil("source", 8);
        assertTrue(focusRingShows(source));
        keys(Keys.ENTER);
        page.until(d -> page.find(".highlight").isDisplayed());
        assertTrue(page.focused().getAttribute("class").contains("doc-title"), "focus moves to the document");

        keys(Keys.ESCAPE);
        assertTrue(page.find(".conversation").isDisplayed(), "Escape goes back to the conversation");
        assertTrue(page.focused().getAttribute("class").contains("source"), "focus returns to the source");
        keys(Keys.ESCAPE);
        assertFalse(page.panelOpen(), "Escape closes the panel");
        assertTrue(page.focused().getAttribute("class").contains("launcher"), "focus returns to the launcher");
        assertEquals("false", page.find(".launcher").getAttribute("aria-expanded"));
    }

    @Test
    void atPhoneWidthTheCoveringPanelKeepsTabAndShiftTabInsideAndEscapeStillCloses() {
        browser.viewport(360, 740, true);
        try {
            page.load(citebot.url("/")).open();
            List<WebElement> controls = assertCyclesInsideThePanel(false);
            assertEquals(controls, assertCyclesInsideThePanel(true), "Shift+Tab reaches the same controls");
            assertEquals("true", page.find(".panel").getAttribute("aria-modal"), "it covers the page: modal");

            keys("When was President Bazoum ousted?", Keys.ENTER);
            page.reply(1);
            shiftTabUntil("source", 8);
            keys(Keys.ENTER);
            page.until(d -> page.find(".highlight").isDisplayed());
            List<WebElement> inViewer = assertCyclesInsideThePanel(false);
            assertTrue(inViewer.contains(page.find(".doc-text")), "the document's text can be scrolled by keyboard");

            keys(Keys.ESCAPE);
            keys(Keys.ESCAPE);
            assertFalse(page.panelOpen(), "Escape still closes the panel");
            assertTrue(page.focused().getAttribute("class").contains("launcher"), "focus returns to the launcher");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void atDesktopWidthThePanelSitsBesideThePageAndTabMovesOnToIt() {
        page.load(citebot.url("/")).open();
        assertEquals("false", page.find(".panel").getAttribute("aria-modal"));

        page.find(".clear").click();
        assertTrue(page.focused().getAttribute("class").contains("input"), "clearing puts focus in the question box");
        shiftTabUntil("clear", 8);
        assertTrue(shiftTabUntil("launcher", 1).isDisplayed(), "Shift+Tab leaves the panel for the launcher");
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertNull(page.focused(), "and then for the page around it");
    }

    @Test
    void theScrollableDocumentTextIsARegionNamedByTheDocumentsTitle() {
        page.load(citebot.url("/")).open();
        page.ask("When was President Bazoum ousted?").findElement(By.cssSelector(".source")).click();
        page.until(d -> page.find(".highlight").isDisplayed());

        WebElement text = page.find(".doc-text");
        assertEquals("0", text.getAttribute("tabindex"));
        assertEquals("region", text.getAttribute("role"));
        assertEquals(page.find(".doc-title").getText(), text.getAccessibleName());
        assertEquals("region", text.getAriaRole());
    }

    /**
     * Tabs (or Shift+Tabs) round the panel twice: every stop is inside it, and after the last control the first
     * comes again. The controls, in the order of a forward Tab.
     */
    private List<WebElement> assertCyclesInsideThePanel(boolean backwards) {
        List<WebElement> visited = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Actions tab = new Actions(browser.driver());
            (backwards ? tab.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : tab.sendKeys(Keys.TAB)).perform();
            WebElement focused = page.focused();
            assertNotNull(focused, "Tab " + (i + 1) + " left the widget for the page the panel covers");
            assertEquals(Boolean.TRUE, page.script("return arguments[0].closest('.panel') !== null", focused),
                    "Tab " + (i + 1) + " left the panel for " + focused.getAttribute("class"));
            visited.add(focused);
        }
        List<WebElement> controls = new ArrayList<>(new LinkedHashSet<>(visited));
        assertTrue(controls.size() >= 3 && controls.size() < 12, "the panel's controls: " + controls.size());
        assertEquals(visited.get(0), visited.get(controls.size()), "after the last control the first comes again");
        if (backwards) {
            Collections.reverse(controls);
        }
        return rotateToFirst(controls);
    }

    /** The same cycle, whichever control it was entered at: starting with the panel's first control. */
    private List<WebElement> rotateToFirst(List<WebElement> cycle) {
        WebElement first = page.find(".panel").findElement(By.cssSelector("button:not([hidden])"));
        List<WebElement> rotated = new ArrayList<>(cycle);
        Collections.rotate(rotated, -rotated.indexOf(first));
        return rotated;
    }

    @Test
    void panelExposesDialogLogAndLiveRegionRolesForScreenReaders() {
        page.load(citebot.url("/")).open();
        page.ask("When was President Bazoum ousted?");

        assertEquals("dialog", page.find(".panel").getAttribute("role"));
        assertEquals("citebot-title", page.find(".panel").getAttribute("aria-labelledby"));
        assertEquals("log", page.find(".log").getAttribute("role"));
        assertEquals("polite", page.find(".log").getAttribute("aria-live"));
        assertEquals("status", page.find(".typing").getAttribute("role"));
        assertEquals("true", page.find(".launcher").getAttribute("aria-expanded"));
        assertTrue(page.find(".marker").getAttribute("aria-label").startsWith("Source 1: "));
        for (WebElement button : page.findAll("button")) {
            assertFalse(button.isDisplayed() && button.getAccessibleName().isBlank(),
                    "every visible button has a name: " + button.getAttribute("class"));
        }
    }

    @Test
    void reducedMotionTurnsOffTheAnimations() {
        page.load(citebot.url("/")).open();
        assertEquals("citebot-blink", animation(".dot"));

        browser.reducedMotion(true);
        try {
            page.load(citebot.url("/")).open();
            assertEquals("none", animation(".dot"));
            assertEquals("none", animation(".panel"));
        } finally {
            browser.reducedMotion(false);
        }
    }

    private String animation(String css) {
        return (String) page.script("return getComputedStyle(arguments[0]).animationName", page.find(css));
    }

    private boolean focusRingShows(WebElement element) {
        return !"none".equals(element.getCssValue("outline-style")) && !element.getCssValue("outline-width").equals("0px");
    }

    private WebElement tabUntil(String className, int limit) {
        return moveUntil(false, className, limit);
    }

    private WebElement shiftTabUntil(String className, int limit) {
        return moveUntil(true, className, limit);
    }

    private WebElement moveUntil(boolean backwards, String className, int limit) {
        for (int i = 0; i < limit; i++) {
            Actions tab = new Actions(browser.driver());
            (backwards ? tab.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : tab.sendKeys(Keys.TAB)).perform();
            WebElement focused = page.focused();
            if (focused != null && focused.getAttribute("class").contains(className)) {
                return focused;
            }
        }
        throw new AssertionError("the keyboard never reached ." + className);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
