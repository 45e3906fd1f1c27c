package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(none.allows("http://localhost:7070", "localhost:7070"));
        assertTrue(none.allows("http://[::1]:7070", "[::1]:7070"));
        assertFalse(none.allows("http://127.0.0.1:7071", "127.0.0.1:7070"), "another port is another origin");
        assertFalse(none.allows("https://evil.example", "citebot.example.com"));
        assertFalse(none.allows("null", "citebot.example.com"), "sandboxed frames and files");
    }

    @Test
    void aHostNameIsNotItsOwnOriginWithoutAPublicUrlSoDnsRebindingFails() {
        // An attacker's page at evil.example, re-bound by DNS to Citebot's address: its Origin and the Host header
        // it makes the browser send agree, so agreement alone proves nothing for a host name.
        AllowedOrigins none = AllowedOrigins.parse("");
        assertFalse(none.allows("http://evil.example:7070", "evil.example:7070"));
        assertFalse(none.allows("https://citebot.example.com", "citebot.example.com"));
    }

    @Test
    void thePublicUrlIsCitebotsOwnOriginWhateverTheHostHeaderSays() {
        AllowedOrigins own = AllowedOrigins.parse("", "https://Citebot.example.com/chat/");
        assertTrue(own.allows("https://citebot.example.com", "10.0.0.5:7070"), "TLS ending at a proxy");
        assertTrue(own.listed("https://citebot.example.com"));
        assertFalse(own.allows("http://citebot.example.com", "citebot.example.com"), "another scheme");
        assertFalse(own.allows("http://evil.example:7070", "evil.example:7070"));
    }

    @Test
    void aPublicUrlThatIsNotAUrlIsAStartUpError() {
        assertThrows(ConfigException.class, () -> AllowedOrigins.parse("", "bot.example.com"));
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
