package dev.citebot.widget;

import static dev.citebot.support.FakeModel.saysThenStalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.FakeModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * With a language model behind Citebot (a loopback stand-in that speaks OpenAI's protocol), the widget reads
 * the answer from the stream endpoint and shows each checked sentence while the model is still writing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetStreamingIT {
    private FakeModel model;
    private CitebotServer citebot;
    @RegisterExtension
    static final ChromiumStage CHROMIUM = new ChromiumStage();
    private Browser browser;
    private WidgetPage page;

    @BeforeAll
    void start(@TempDir Path data) {
        model = new FakeModel();
        model.script(r -> saysThenStalls("President Bazoum was ousted on July 26 [" + r.passageWith("ousted on July 26")
                + "]. President Bazoum was put under house arrest with his family [" + r.passageWith("ousted on July 26")
                + "].", Duration.ofSeconds(3)));
        Map<String, String> settings = new HashMap<>(model.settings("openai", Duration.ofSeconds(20)));
        citebot = CitebotServer.start(Path.of("seeds"), data, settings);
        browser = CHROMIUM.browser();
        page = new WidgetPage(browser.driver());
    }

    @AfterAll
    void stop() {
        citebot.close();
        model.close();
    }

    @Test
    void theFirstSentenceShowsWhileTheModelIsStillWritingThenTheCitedAnswerReplacesIt() {
        page.load(citebot.url("/")).open();
        int before = page.findAll(WidgetPage.REPLIES).size();
        page.find(".input").sendKeys("When was President Bazoum ousted?", Keys.ENTER);

        WebElement draft = page.until(d -> {
            var drafts = page.shadow().findElements(By.cssSelector(".draft:not([hidden])"));
            return drafts.isEmpty() ? null : drafts.get(0);
        });
        assertTrue(draft.getText().contains("ousted on July 26"), draft.getText());
        assertEquals(before, page.findAll(WidgetPage.REPLIES).size(), "the final answer is not there yet");

        WebElement reply = page.reply(before + 1);
        assertTrue(reply.getText().contains("house arrest"), reply.getText());
        assertTrue(reply.findElements(By.cssSelector(".marker")).size() >= 1, "the [1] marker is a link");
        assertTrue(page.shadow().findElements(By.cssSelector(".draft")).isEmpty(), "the draft is gone");
        assertTrue(model.requests().stream().anyMatch(FakeModel.Request::stream), "the model was asked to stream");
    }
}
