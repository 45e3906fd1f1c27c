package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin page in real Chromium against a real Citebot with an admin key: signing in (the key kept for the tab
 * only), a wrong key told as such, a collection created, files uploaded through the file input and by a drop,
 * seen becoming ready, asked about, deleted, and the answer gone; recent feedback with its question, answer,
 * collection and citations; axe-core finds no violation in each of these states.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPageIT {
    private static final String KEY = CitebotServer.ADMIN_KEY;
    private static final String HARBOUR = "The Pellham harbour gate closes at 21:40 every evening.";
    private static final String FERRY = "The Tollan ferry carries at most 38 bicycles on each crossing.";

    private final ObjectMapper json = new ObjectMapper();
    private Http http;
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Axe axe;

    @BeforeAll
    void start(@TempDir Path data) {
        citebot = CitebotServer.start(data);
        http = citebot.http();
        browser = CHROMIUM.browser();
        driver = browser.driver();
        // The page redraws its tables while files are indexed: an element read just before a redraw is stale.
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(120))
                .ignoring(StaleElementReferenceException.class);
        axe = new Axe(driver);
    }

    @AfterAll
    void stop() {
        citebot.close();
    }

    @Test
    void aWrongKeyIsToldClearlyAndTheConsoleStaysClosed() {
        open();
        signIn("not-the-admin-key");
        until(d -> text("error").contains("That admin key is wrong"));
        assertTrue(byId("sign-in").isDisplayed());
        assertFalse(byId("console").isDisplayed());
        assertEquals(null, script("return sessionStorage.getItem('citebot.adminKey')"));
        axe.assertNoViolations("the admin page after a wrong key");
    }

    @Test
    void anUploadedFileBecomesReadyIsAnsweredAndIsGoneOnceDeleted(@TempDir Path files) throws IOException {
        open();
        axe.assertNoViolations("the admin page's sign-in form");
        signIn(KEY);
        until(d -> byId("console").isDisplayed() && !rows("collections").isEmpty());
        assertEquals(0L, script("return localStorage.length"), "the key must be kept for the tab only");
        driver.navigate().refresh();
        until(d -> byId("console").isDisplayed());

        byId("collection-name").sendKeys("harbour");
        byId("create-collection").submit();
        until(d -> text("documents-title").equals("Documents in harbour"));
        assertTrue(byId("upload").isDisplayed());
        assertFalse(byId("reindex").isDisplayed(), "re-index is for the seeds folder only");
        assertFalse(byId("progress-row").isDisplayed(), "no upload yet");

        Path harbour = Files.writeString(files.resolve("harbour-rules.txt"), "Harbour rules\n\n" + HARBOUR + "\n");
        byId("files").sendKeys(harbour.toString());
        drop("ferry-notes.md", "# Ferry notes\n\n" + FERRY + "\n");
        until(d -> "ready".equals(status("harbour-rules.txt")) && "ready".equals(status("ferry-notes.md")));
        until(d -> "2".equals(cell("collections", "harbour", 1)));
        axe.assertNoViolations("a collection with two ready documents");

        ask("When does the Pellham harbour gate close?");
        until(d -> text("answer").contains("21:40"));
        assertTrue(text("answer").contains("harbour-rules.txt"), text("answer"));
        axe.assertNoViolations("an answer with its sources");
        browser.screenshot("admin-page.png"); // for a person to look at: target/screenshots
        JsonNode ferry = askApi("How many bicycles does the Tollan ferry carry?");
        assertTrue(ferry.get("citations").get(0).get("path").asText().endsWith("/ferry-notes.md"), ferry.toString());

        until(d -> {
            row("documents", "harbour-rules.txt").findElement(By.cssSelector("button.danger")).click();
            return true;
        });
        driver.switchTo().alert().accept();
        until(d -> status("harbour-rules.txt") == null);
        ask("When does the Pellham harbour gate close?");
        until(d -> !text("answer").contains("Asking"));
        assertFalse(text("answer").contains("21:40"), text("answer"));
        JsonNode after = askApi("When does the Pellham harbour gate close?");
        for (JsonNode citation : after.get("citations")) {
            assertFalse(citation.get("path").asText().contains("harbour-rules"), after.toString());
        }
    }

    @Test
    void recentFeedbackShowsTheQuestionTheAnswerItsCollectionAndItsCitations() throws IOException {
        String question = "Who rated the lighthouse answer " + System.nanoTime() + "?";
        Http.Reply stored = http.postJson("/api/feedback", json.writeValueAsString(Map.of(
                "rating", "down", "question", question, "answer", "It was automated in 1987. [1]",
                "citations", List.of(Map.of("n", 1, "path", "lighthouse.pdf", "title", "Lighthouse Report",
                        "quote", "The Vardholm lighthouse was automated in 1987.")))));
        assertEquals(201, stored.status(), stored.body());
        open();
        signIn(KEY);
        until(d -> text("feedback").contains(question));
        String shown = text("feedback");
        assertTrue(shown.contains("It was automated in 1987. [1]") && shown.contains("Not helpful")
                && shown.contains("The Vardholm lighthouse was automated in 1987.")
                && shown.contains("Lighthouse Report (lighthouse.pdf)")
                && shown.contains("Not helpful · api · default · "), shown);
        axe.assertNoViolations("recent feedback");
    }

    @Test
    void theFeedbackRouteGivesTheMostRecentNewestFirstToTheAdminOnly() throws IOException {
        for (String n : List.of("first", "second")) {
            http.postJson("/api/feedback", json.writeValueAsString(Map.of("rating", "up",
                    "question", "Question " + n + "?", "answer", "Answer " + n + ".")));
        }
        JsonNode recent = json.readTree(http.get("/api/feedback?limit=2",
                "Authorization", "Bearer " + KEY).body()).get("feedback");
        assertEquals(2, recent.size());
        assertEquals("Question second?", recent.get(0).get("question").asText());
        assertEquals("Question first?", recent.get(1).get("question").asText());
        assertEquals(0, recent.get(0).get("citations").size());
        assertEquals(400, http.get("/api/feedback?limit=0", "Authorization", "Bearer " + KEY).status());
        assertEquals(401, http.get("/api/feedback?limit=2", "Authorization", "Bearer wrong").status());
    }

    @Test
    void theAdminPageHasTheDemoPagesSecurityHeaders() {
        Http.Reply page = http.get("/admin");
        assertEquals(200, page.status());
        Http.Reply demo = http.get("/");
        for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy",
                "X-Content-Type-Options")) {
            assertEquals(demo.header(header), page.header(header), header);
        }
        assertTrue(page.header("Content-Security-Policy").orElse("").startsWith(WidgetAssets.DEMO_CSP
                .substring(0, WidgetAssets.DEMO_CSP.indexOf("frame-ancestors"))));
    }

    private void open() {
        driver.get(citebot.url("/admin"));
        script("sessionStorage.clear()");
        driver.navigate().refresh();
        until(d -> byId("sign-in").isDisplayed());
    }

    private void signIn(String key) {
        byId("admin-key").clear();
        byId("admin-key").sendKeys(key);
        byId("sign-in").submit();
    }

    private void ask(String question) {
        byId("question").clear();
        byId("question").sendKeys(question);
        byId("ask").submit();
    }

    private JsonNode askApi(String question) throws IOException {
        return json.readTree(http.postJson("/api/ask", json.writeValueAsString(
                Map.of("question", question, "collection", "harbour")), "Authorization", "Bearer " + KEY).body());
    }

    /** Drops a file on the drop zone as a browser does when a file is dragged from the desktop. */
    private void drop(String name, String content) {
        script("var dt = new DataTransfer(); dt.items.add(new File([arguments[1]], arguments[0], {type: 'text/markdown'}));"
                + "var zone = document.getElementById('upload');"
                + "['dragenter', 'dragover', 'drop'].forEach(function (t) {"
                + "  zone.dispatchEvent(new DragEvent(t, {bubbles: true, cancelable: true, dataTransfer: dt})); });",
                name, content);
    }

    /** The status cell of a document's row, without its reason; null when the document is not listed. */
    private String status(String name) {
        String status = cell("documents", name, 1);
        return status == null ? null : status.split("\n")[0];
    }

    private String cell(String table, String firstCell, int column) {
        WebElement row = row(table, firstCell);
        return row == null ? null : row.findElements(By.tagName("td")).get(column).getText();
    }

    private WebElement row(String table, String firstCell) {
        return rows(table).stream().filter(r -> r.findElements(By.tagName("td")).size() > 1
                && r.findElement(By.tagName("td")).getText().equals(firstCell)).findFirst().orElse(null);
    }

    private List<WebElement> rows(String table) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private String text(String id) {
        return byId(id).getText();
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }
}
