package dev.citebot.api;

import static dev.citebot.support.FakeModel.says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.config.Prompts;
import dev.citebot.support.Citebots;
import dev.citebot.support.FakeModel;
import dev.citebot.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German article, asked in German through the real server, extractive and with a model behind it: greetings and
 * polite openings are left out of the question, a question about the article's date is answered by its dateline,
 * and everything the bot writes itself (refusals, also in the model's mode) is German.
 */
class BotWordsInTheQuestionsLanguageIT {
    private static final Prompts GERMAN = Prompts.load(Path.of("prompts")).in("de");

    @TempDir
    static Path seeds;
    private static FakeModel model;
    private static App extractive;
    private static App llm;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(seeds.resolve("bruecke.txt"), """
                Neue Brücke über die Lerne freigegeben

                Kaltenbach, 16. August 2023. Die neue Brücke über die Lerne ist am Mittwoch für den Verkehr \
                freigegeben worden. Sie ist 240 Meter lang und wurde von dem Architekten Hans Weber aus Stuttgart \
                entworfen.

                Der Bau hat drei Jahre gedauert und 18 Millionen Euro gekostet. Im Winter bleibt die Brücke für \
                Lastwagen gesperrt, weil die Fahrbahn oft vereist.
                """);
        model = new FakeModel();
        extractive = Citebots.server(seeds, Map.of());
        llm = Citebots.server(seeds, model.settings("openai", Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        extractive.close();
        llm.close();
        model.close();
    }

    @Test
    void aGermanQuestionAboutTheArticlesDateIsAnsweredByItsDateline() {
        JsonNode answer = ask(extractive, "Hallo! Wann wurde dieser Artikel geschrieben?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("citations").get(0).get("quote").asText().contains("16. August 2023"), answer.toString());
    }

    @Test
    void aGermanGreetingAndPoliteOpeningAreLeftOutOfTheQuestion() {
        JsonNode answer = ask(extractive, "Guten Tag! Können Sie mir sagen, wer die neue Brücke entworfen hat?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("Hans Weber"), answer.toString());
    }

    @Test
    void aGermanThankYouAloneIsRepliedToInGerman() {
        JsonNode answer = ask(extractive, "Danke!");
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().startsWith(GERMAN.refusal()), answer.toString());
    }

    @Test
    void withAModelAGermanQuestionTheDocumentsDoNotAnswerIsDeclinedInGerman() {
        model.script(r -> says("Das Fahrrad ist rot [1]."));
        JsonNode answer = ask(llm, "Welche Farbe hat das Fahrrad des Bürgermeisters?");
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().startsWith(GERMAN.refusal()), answer.toString());
    }

    @Test
    void withAModelThatAddsOnlyUncitedWordsTheAnswerIsTheGermanDocumentsOwn() {
        model.script(r -> says("Die Passagen beantworten diese Frage nicht."));
        JsonNode answer = ask(llm, "Wer hat die neue Brücke über die Lerne entworfen?");
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertEquals("extractive", answer.get("mode").asText(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("Hans Weber"), answer.toString());
        String system = model.requests().get(model.requests().size() - 1).system();
        assertTrue(system.contains("Write in the language the question is asked in."), system);
    }

    private static JsonNode ask(App app, String question) {
        return new Http(app.port()).postJson("/api/ask", Http.json(Map.of("question", question))).json();
    }
}
