package dev.citebot.widget;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A page with the widget embedded, seen as a user sees it: through the widget's Shadow DOM. */
final class WidgetPage {
    static final String REPLIES = ".log > .msg.bot:not(.greeting)";

    private final WebDriver driver;
    private final WebDriverWait wait;

    WidgetPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens the page with a fresh conversation and waits for the widget's launcher. */
    WidgetPage load(String url) {
        driver.get(url);
        script("sessionStorage.clear()");
        driver.navigate().refresh();
        until(d -> !shadow().findElements(By.cssSelector(".launcher")).isEmpty());
        return this;
    }

    SearchContext shadow() {
        return driver.findElement(By.cssSelector("citebot-widget")).getShadowRoot();
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    WidgetPage open() {
        if (!panelOpen()) {
            find(".launcher").click();
        }
        until(d -> panelOpen());
        // The panel rises in for a moment: wait, so screenshots and clicks see it where it stays.
        until(d -> (Boolean) script("return document.querySelector('citebot-widget').shadowRoot"
                + ".getAnimations().every(function (a) { return a.playState !== 'running'; })"));
        return this;
    }

    boolean panelOpen() {
        return find(".panel").isDisplayed();
    }

    /** Types the question, presses Enter and returns the reply once it is shown. */
    WebElement ask(String question) {
        int before = findAll(REPLIES).size();
        find(".input").sendKeys(question, Keys.ENTER);
        return reply(before + 1);
    }

    /** The n-th reply (1-based), waiting for it. */
    WebElement reply(int n) {
        until(d -> findAll(REPLIES).size() >= n);
        return findAll(REPLIES).get(n - 1);
    }

    /** The focused element inside the widget, or null when focus is elsewhere on the page. */
    WebElement focused() {
        return (WebElement) script("var h = document.querySelector('citebot-widget');"
                + "return h && document.activeElement === h ? h.shadowRoot.activeElement : null;");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }
}
