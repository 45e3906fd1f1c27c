package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Thumbs up and down: sent from the widget, stored as JSON lines, exported only with the admin key. */
class WidgetFeedbackIT extends SeedWidgetIT {

    @Test
    void thumbsUpInTheWidgetIsStoredAndExportedWithTheAdminKey() throws Exception {
        page.load(citebot.url("/")).open();
        WebElement reply = page.ask("When was President Bazoum ousted?");
        WebElement up = reply.findElement(By.cssSelector(".rate.up"));

        up.click();

        page.until(d -> "true".equals(up.getAttribute("aria-pressed")));
        assertTrue(Files.readString(data.resolve("feedback.jsonl")).contains("\"rating\":\"up\""));
        JsonNode exported = http.get("/api/feedback", "Authorization", "Bearer " + CitebotServer.ADMIN_KEY).json();
        JsonNode last = exported.get("feedback").get(exported.get("feedback").size() - 1);
        assertEquals("widget", last.get("source").asText());
        assertEquals("default", last.get("collection").asText(), "a widget without data-collection asks the default");
        assertEquals("When was President Bazoum ousted?", last.get("question").asText());
        assertTrue(last.get("answer").asText().contains("July 26"));
        assertTrue(last.get("at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        JsonNode cited = last.get("citations").get(0);
        assertEquals(1, cited.get("n").asInt(), last.toString());
        assertEquals("niger-crisis-putin-ecowas.txt", cited.get("path").asText());
        assertFalse(cited.get("quote").asText().isBlank(), last.toString());
    }

    @Test
    void thumbsDownOnADeclinedAnswerIsStoredToo() {
        page.load(citebot.url("/")).open();
        WebElement down = page.ask("Who won the 2022 FIFA World Cup?").findElement(By.cssSelector(".rate.down"));

        down.click();

        page.until(d -> "true".equals(down.getAttribute("aria-pressed")));
        JsonNode all = http.get("/api/feedback", "Authorization", "Bearer " + CitebotServer.ADMIN_KEY).json();
        assertTrue(all.get("feedback").toString().contains("\"rating\":\"down\""));
    }

    @Test
    void exportWithoutOrWithAWrongKeyIsRefused() {
        assertEquals(401, http.get("/api/feedback").status());
        assertEquals(401, http.get("/api/feedback", "Authorization", "Bearer wrong").status());
        assertEquals("unauthorized",
                http.get("/api/feedback", "Authorization", "Bearer wrong").json().get("error").asText());
    }

    @Test
    void feedbackWithABadRatingOrNoQuestionIsA400() {
        assertEquals(400, http.postJson("/api/feedback",
                "{\"rating\":\"meh\",\"question\":\"q\",\"answer\":\"a\"}").status());
        assertEquals(400, http.postJson("/api/feedback", "{\"rating\":\"up\",\"answer\":\"a\"}").status());
        assertEquals(400, http.postJson("/api/feedback",
                "{\"rating\":\"up\",\"question\":\"q\",\"answer\":\"a\",\"source\":\"mars\"}").status());
        assertEquals(201, http.postJson("/api/feedback",
                "{\"rating\":\"up\",\"question\":\"q\",\"answer\":\"a\"}").status());
    }
}
