package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Keyboard only, as someone who cannot use a mouse: every step by Tab, Enter and Escape. */
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
