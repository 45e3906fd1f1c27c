package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ConfigException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {
    private final AllowedOrigins docs = AllowedOrigins.parse(" https://Docs.Example.com/ , http://localhost:8080");

    @Test
    void listedOriginsAreNormalisedAndAllowed() {
        assertEquals(Set.of("https://docs.example.com", "http://localhost:8080"), docs.origins());
        assertTrue(docs.allows("https://docs.example.com", "citebot.example.com"));
        assertTrue(docs.allows("http://localhost:8080", "citebot.example.com"));
    }

    @Test
    void anEmptyListAllowsCitebotsOwnOriginOnly() {
        AllowedOrigins none = AllowedOrigins.parse("");
        assertTrue(none.allows("http://127.0.0.1:7070", "127.0.0.1:7070"));
        assertTrue(none.allows("https://citebot.example.com", "citebot.example.com"), "TLS ending at a proxy");
        assertFalse(none.allows("http://127.0.0.1:7071", "127.0.0.1:7070"), "another port is another origin");
        assertFalse(none.allows("https://evil.example", "citebot.example.com"));
        assertFalse(none.allows("null", "citebot.example.com"), "sandboxed frames and files");
    }

    @Test
    void requestsWithoutAnOriginAreNotBrowserCrossOriginRequests() {
        assertTrue(AllowedOrigins.parse("").allows(null, "citebot.example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.example.com", "docs.example.com", "https://docs.example.com/path", "ftp://x"})
    void wildcardsAndNonOriginsAreStartUpErrors(String bad) {
        assertThrows(ConfigException.class, () -> AllowedOrigins.parse(bad));
    }
}
