package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.config.Prompts;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A folder of German, Chinese, Arabic and English documents made by the test: each question is answered from the
 * document in its language, with a quote that is exactly the document's text at the cited offsets; a German
 * question the documents do not answer is declined in German, its capitalised nouns not taken for names.
 */
class MixedLanguagesEndToEndIT {
    @TempDir
    static Path seeds;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(seeds.resolve("bruecke.txt"), """
                Die Brücke von Kaltenbach

                Die Brücke von Kaltenbach wurde im Jahr 1932 eröffnet. Sie ist 240 Meter lang und überspannt die \
                Lerne an ihrer breitesten Stelle. Entworfen wurde sie von dem Architekten Hans Weber aus Stuttgart.

                Im Winter wird die Brücke für Lastwagen gesperrt, weil die Fahrbahn oft vereist. Fußgänger dürfen \
                sie das ganze Jahr über benutzen.
                """);
        Files.writeString(seeds.resolve("changcheng.txt"), """
                长城

                长城是中国古代的军事防御工程，主要用来抵御北方游牧民族的侵袭。长城的总长度超过两万公里。\
                现存的城墙大部分是在明朝时期修建的。每年有数百万游客前来参观长城。
                """);
        Files.writeString(seeds.resolve("alqahira.txt"), """
                القاهرة

                القاهرة هي عاصمة مصر وأكبر مدنها. تقع المدينة على ضفاف نهر النيل في شمال البلاد. \
                تأسست القاهرة في عام 969 على يد الفاطميين. يعيش في المدينة وضواحيها أكثر من عشرين مليون نسمة.
                """);
        Files.writeString(seeds.resolve("lighthouse.txt"), """
                The Vardholm Lighthouse

                The Vardholm lighthouse stands on a rock at the mouth of the fjord. The Vardholm lighthouse was \
                automated in 1987. Its last keeper, Ingrid Solberg, retired to Tromso afterwards. The light can be seen 18 nautical \
                miles out at sea.
                """);
        app = Citebots.server(seeds, Map.of());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wann wurde die Brücke von Kaltenbach eröffnet?|bruecke.txt|1932",
            "Wer hat die Brücke entworfen?|bruecke.txt|Hans Weber",
            "长城的总长度是多少？|changcheng.txt|两万公里",
            "متى تأسست القاهرة؟|alqahira.txt|969",
            "When was the Vardholm lighthouse automated?|lighthouse.txt|1987",
    })
    void eachQuestionIsAnsweredFromTheDocumentInItsLanguageWithExactOffsets(String question, String path,
                                                                            String fact) {
        JsonNode answer = ask(question);
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains(fact), answer.toString());
        JsonNode first = answer.get("citations").get(0);
        assertEquals(path, first.get("path").asText(), answer.toString());
        assertTrue(first.get("quote").asText().contains(fact), answer.toString());
        for (JsonNode citation : answer.get("citations")) {
            String text = http.get("/api/documents/" + citation.get("document_id").asText()).json().get("text")
                    .asText();
            assertEquals(text.substring(citation.get("quote_start").asInt(), citation.get("quote_end").asInt()),
                    citation.get("quote").asText());
            assertEquals(text.substring(citation.get("start").asInt(), citation.get("end").asInt()),
                    citation.get("text").asText());
        }
    }

    @Test
    void aGermanQuestionTheDocumentsDoNotAnswerIsDeclinedInGermanNotForItsNouns() {
        Prompts german = Prompts.load(Path.of("prompts")).in("de");
        JsonNode answer = ask("Welche Farbe hat das Fahrrad des Bürgermeisters?");
        assertFalse(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().startsWith(german.refusal()), answer.toString());
        assertFalse(answer.get("answer").asText().contains("Fahrrad"), "a noun is no name: " + answer);
    }

    @Test
    void theDocumentListShowsEachDocumentsLanguage() {
        Map<String, String> languages = new HashMap<>();
        for (JsonNode d : http.get("/api/documents").json().get("documents")) {
            languages.put(d.get("path").asText(), d.get("language").asText());
            assertEquals(d.get("language").asText(), d.get("languages").get(0).asText());
        }
        assertEquals(Map.of("bruecke.txt", "de", "changcheng.txt", "zh", "alqahira.txt", "ar",
                "lighthouse.txt", "en"), languages);
    }

    private static JsonNode ask(String question) {
        return http.postJson("/api/ask", Http.json(Map.of("question", question))).json();
    }
}
