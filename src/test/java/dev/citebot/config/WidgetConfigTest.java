package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.citebot.support.Citebots;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WidgetConfigTest {
    private WidgetConfig load(Map<String, String> env) {
        return CitebotConfig.load(Path.of("config/citebot.properties"), env).widget();
    }

    @Test
    void defaultsLeaveTheGreetingToThePromptsFolder() {
        WidgetConfig widget = load(Map.of());

        assertEquals("", widget.greeting());
        assertEquals("right", widget.position());
        assertEquals(List.of(), widget.starterQuestions());
    }

    @Test
    void environmentVariablesSetOriginsAndStarterQuestions() {
        WidgetConfig widget = load(Map.of("CITEBOT_WIDGET_ALLOWED_ORIGINS", "https://a.example,https://b.example",
                "CITEBOT_WIDGET_STARTER_QUESTIONS", "Who is Assimi Goita? | When was President Bazoum ousted?",
                "CITEBOT_WIDGET_POSITION", "LEFT"));

        assertEquals(Set.of("https://a.example", "https://b.example"), Citebots.config(Citebots.SEEDS,
                Map.of("CITEBOT_WIDGET_ALLOWED_ORIGINS", "https://a.example,https://b.example")).security().origins()
                .origins());
        assertEquals(List.of("Who is Assimi Goita?", "When was President Bazoum ousted?"), widget.starterQuestions());
        assertEquals("left", widget.position());
    }

    @Test
    void aColourThatIsNotAColourOrABadPositionIsAStartUpError() {
        assertThrows(ConfigException.class, () -> load(Map.of("CITEBOT_WIDGET_COLOR", "red; background: url(x)")));
        assertThrows(ConfigException.class, () -> load(Map.of("CITEBOT_WIDGET_POSITION", "top")));
        assertThrows(ConfigException.class, () -> Citebots.config(Citebots.SEEDS,
                Map.of("CITEBOT_WIDGET_ALLOWED_ORIGINS", "*")));
    }
}
