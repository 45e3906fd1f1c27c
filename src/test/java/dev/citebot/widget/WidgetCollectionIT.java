package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.support.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * A widget whose script tag says {@code data-collection="zoo"}, on a site whose origin is tied to that collection
 * ({@code collections.origins}), in real Chromium: it answers from the collection's uploaded file, and the starter
 * questions it offers are drawn from that file, not from the seeds folder; a rating it sends names that collection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetCollectionIT {
    private static final String ADMIN = "widget-collection-admin";
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private HostSite site;
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private WidgetPage page;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        site = new HostSite("data-title=\"Zoo\" data-collection=\"zoo\"");
        citebot = CitebotServer.start(Path.of("seeds"), data, Map.of("CITEBOT_ADMIN_KEY", ADMIN,
                "CITEBOT_COLLECTIONS_ORIGINS", "zoo:" + site.origin()));
        assertEquals(201, admin("/api/collections", "application/json", "{\"name\": \"zoo\"}").statusCode());
        String upload = admin("/api/collections/zoo/documents?filename=okapis.txt", "text/plain",
                "Okapi handbook\n\nOkapis live in the Ituri rainforest of the Congo.\n\n"
                        + "The okapis of the reserve are looked after by Dr. Amani Mbeki, a veterinarian.\n").body();
        String status = upload.replaceAll("(?s).*\"status_url\":\"([^\"]+)\".*", "$1");
        Poll.until(Duration.ofSeconds(90), "the okapi file indexed", () -> get(status),
                body -> body.contains("\"ready\""));
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
        site.close();
    }

    @Test
    void aWidgetWithDataCollectionAnswersFromThatCollection() {
        page.load(site.page(citebot)).open();
        WebElement reply = page.ask("Where do okapis live?");

        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText().contains("Ituri"), reply.getText());
    }

    @Test
    void aRatingInAWidgetWithDataCollectionIsStoredWithThatCollection() throws Exception {
        page.load(site.page(citebot)).open();
        WebElement up = page.ask("Where do okapis live?").findElement(By.cssSelector(".rate.up"));

        up.click();

        page.until(d -> "true".equals(up.getAttribute("aria-pressed")));
        JsonNode zoo = mapper.readTree(get("/api/feedback?collection=zoo", "Authorization", "Bearer " + ADMIN))
                .path("feedback");
        assertEquals(1, zoo.size(), zoo.toString());
        assertEquals("zoo", zoo.get(0).path("collection").asText());
        assertEquals("Where do okapis live?", zoo.get(0).path("question").asText());
    }

    @Test
    void theStarterQuestionsComeFromTheWidgetsCollection() {
        page.load(site.page(citebot)).open();
        List<String> starters = page.until(d -> page.findAll(".starter").isEmpty() ? null
                : page.findAll(".starter").stream().map(WebElement::getText).toList());

        assertEquals(List.of("Who is Amani Mbeki?"), starters, "drawn from the zoo's file, none from the seed");
    }

    @Test
    void theWidgetSettingsOfACollectionThatDoesNotExistAre404() throws Exception {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                URI.create(citebot.url("/api/widget/config?collection=nosuch"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("no collection named"), reply.body());
    }

    private String get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(citebot.url(path)));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> admin(String path, String type, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(citebot.url(path)))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
