package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The widget on the demo page at {@code /}, in a real Chromium, answering from the real seed. */
class WidgetConversationIT extends SeedWidgetIT {

    @BeforeEach
    void freshConversation() {
        page.load(citebot.url("/")).open();
    }

    @Test
    void seedQuestionIsAnsweredWithACitationThatOpensTheHighlightedPassage() {
        WebElement reply = page.ask("When was President Bazoum ousted?");

        assertTrue(reply.getAttribute("class").contains("answer"));
        assertTrue(reply.findElement(By.cssSelector(".bubble")).getText().contains("July 26"));
        WebElement marker = reply.findElement(By.cssSelector(".marker"));
        assertEquals("[1]", marker.getText());
        WebElement source = reply.findElement(By.cssSelector(".source"));
        assertTrue(source.getText().contains("July 26"), "the sources list shows the quote");

        marker.click();
        WebElement mark = page.until(d -> page.find(".viewer .highlight"));
        assertTrue(mark.isDisplayed(), "the cited span is scrolled into view");
        assertTrue(mark.getText().contains("ousted on July 26"));
        assertTrue(page.find(".doc-text").getText().contains("Putin"), "the passage is shown in its document");
        assertFalse(page.find(".conversation").isDisplayed());
    }

    @Test
    void followUpQuestionSendsTheEarlierTurnsAsHistory() {
        String first = "When was President Bazoum ousted?";
        String followUp = "Who did Putin call?";
        String alone = http.postJson("/api/ask",
                "{\"question\":" + Http.json(followUp) + "}").json().get("answer").asText();
        String inContext = http.postJson("/api/ask", "{\"question\":" + Http.json(followUp)
                + ",\"history\":[{\"role\":\"user\",\"content\":" + Http.json(first) + "},"
                + "{\"role\":\"assistant\",\"content\":\"x\"}]}").json().get("answer").asText();
        assertNotEquals(alone, inContext, "precondition: this follow-up reads the conversation");

        page.ask(first);
        WebElement reply = page.ask(followUp);

        assertEquals(inContext, text(reply.findElement(By.cssSelector(".bubble"))));
    }

    @Test
    void declinedQuestionIsShownAsDeclinedWithTheClosestMatches() {
        WebElement reply = page.ask("Who won the 2022 FIFA World Cup?");

        assertTrue(reply.getAttribute("class").contains("declined"));
        assertEquals("Not found in the documents", reply.findElement(By.cssSelector(".declined-label")).getText());
        assertEquals("Closest matches", reply.findElement(By.cssSelector(".sources-title")).getText().strip()
                .replace("CLOSEST MATCHES", "Closest matches"));
        assertFalse(reply.findElements(By.cssSelector(".source")).isEmpty());
        assertTrue(reply.findElements(By.cssSelector(".marker")).isEmpty(), "a refusal cites nothing");
    }

    @Test
    void starterQuestionsDrawnFromTheDocumentsAreAnsweredWhenClicked() {
        WebElement starter = page.until(d -> page.findAll(".starter").isEmpty() ? null : page.findAll(".starter").get(0));
        String question = starter.getText();

        starter.click();

        assertTrue(page.reply(1).getAttribute("class").contains("answer"), question + " is answered");
        assertFalse(page.find(".starters").isDisplayed(), "starters give way to the conversation");
    }

    @Test
    void copyAnswerPutsTheAnswerAndItsSourcesOnTheClipboard() {
        browser.allowClipboard(citebot.origin());
        WebElement reply = page.ask("When was President Bazoum ousted?");

        reply.findElement(By.cssSelector(".copy")).click();

        page.until(d -> reply.findElement(By.cssSelector(".copy")).getText().equals("Copied"));
        String copied = (String) browser.driver().executeAsyncScript("navigator.clipboard.readText().then(arguments[0])");
        assertTrue(copied.contains("July 26") && copied.contains("[1] ") && copied.contains("“World leaders"), copied);
    }

    @Test
    void clearConversationForgetsEveryTurn() {
        page.ask("When was President Bazoum ousted?");

        page.find(".clear").click();

        assertTrue(page.findAll(WidgetPage.REPLIES).isEmpty());
        assertTrue(page.findAll(".msg.user").isEmpty());
        assertTrue(page.find(".starters").isDisplayed(), "a fresh conversation offers the starters again");
        browser.driver().navigate().refresh();
        page.until(d -> !page.findAll(".launcher").isEmpty());
        assertTrue(page.open().findAll(".msg.user").isEmpty(), "nothing comes back after a reload");
    }

    @Test
    void conversationSurvivesMovingToAnotherPageOfTheSite() {
        page.ask("When was President Bazoum ousted?");

        browser.driver().navigate().refresh();
        page.until(d -> !page.findAll(".launcher").isEmpty());
        page.open();

        assertEquals(1, page.findAll(".msg.user").size());
        assertTrue(page.reply(1).getText().contains("July 26"));
    }

    /** The bubble's text as the API wrote it: markers back to "[n]", the screen-reader prefix dropped. */
    private String text(WebElement bubble) {
        return ((String) page.script("return arguments[0].textContent", bubble)).replaceFirst("^Citebot: ", "");
    }
}
