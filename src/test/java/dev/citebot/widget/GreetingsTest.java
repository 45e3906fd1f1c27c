package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.config.Prompts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GreetingsTest {
    private final Prompts prompts = Prompts.load(Path.of("prompts"));

    @Test
    void thePageLanguageChoosesTheGreetingWithItsRegionIgnored() {
        Greetings greetings = new Greetings("", prompts);
        assertEquals(prompts.in("de").greeting(), greetings.in("de"));
        assertEquals(prompts.in("de").greeting(), greetings.in("de-AT"));
        assertEquals(prompts.in("fr").greeting(), greetings.in("FR"));
    }

    @Test
    void anUnknownOrMissingLanguageIsGreetedInEnglish() {
        Greetings greetings = new Greetings("", prompts);
        assertEquals(prompts.greeting(), greetings.in("pt"));
        assertEquals(prompts.greeting(), greetings.in(null));
        assertEquals(prompts.greeting(), greetings.in(""));
    }

    @Test
    void aConfiguredGreetingIsTheOperatorsOwnInEveryLanguage() {
        Greetings greetings = new Greetings("Welcome to HR.", prompts);
        assertEquals("Welcome to HR.", greetings.in("de"));
        assertEquals("Welcome to HR.", greetings.in("en"));
    }
}
