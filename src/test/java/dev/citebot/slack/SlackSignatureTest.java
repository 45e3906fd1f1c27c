package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.slack.api.app_backend.SlackSignature.Generator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signatures made by the Slack SDK's own generator, checked by Citebot's verifier. */
class SlackSignatureTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long NOW = 1_531_420_618L;
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fcitebot"
            + "&text=When+was+President+Bazoum+ousted%3F&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1";
    private final SlackSignature verifier = new SlackSignature(SECRET,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void aSignatureMadeBySlackWithTheSameSecretIsAccepted() {
        assertNull(refusal(NOW, new Generator(SECRET).generate(Long.toString(NOW), BODY), BODY));
    }

    @Test
    void ourSignatureIsExactlySlacks() {
        assertEquals(new Generator(SECRET).generate(Long.toString(NOW), BODY),
                verifier.expected(Long.toString(NOW), BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String signature = new Generator(SECRET).generate(Long.toString(NOW), BODY);

        assertEquals("signature does not match", refusal(NOW, signature, BODY.replace("Bazoum", "Tinubu")));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        String signature = new Generator("another-secret").generate(Long.toString(NOW), BODY);

        assertEquals("signature does not match", refusal(NOW, signature, BODY));
    }

    @ParameterizedTest(name = "sent {0} seconds from now")
    @ValueSource(longs = {-301, -3600, 301})
    void aTimestampMoreThanFiveMinutesAwayIsRefusedEvenWhenSignedCorrectly(long offset) {
        long sent = NOW + offset;
        String signature = new Generator(SECRET).generate(Long.toString(sent), BODY);

        assertEquals("timestamp outside the 300 second window", refusal(sent, signature, BODY));
    }

    @ParameterizedTest(name = "sent {0} seconds from now")
    @ValueSource(longs = {-300, 0, 300})
    void aTimestampWithinFiveMinutesIsAccepted(long offset) {
        long sent = NOW + offset;

        assertNull(refusal(sent, new Generator(SECRET).generate(Long.toString(sent), BODY), BODY));
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        String signature = new Generator(SECRET).generate(Long.toString(NOW), BODY);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertEquals("missing signature headers", verifier.refusal(null, signature, body));
        assertEquals("missing signature headers", verifier.refusal(Long.toString(NOW), null, body));
        assertEquals("malformed timestamp", verifier.refusal("yesterday", signature, body));
        assertEquals("signature does not match", verifier.refusal(Long.toString(NOW), "v0=", body));
    }

    private String refusal(long timestamp, String signature, String body) {
        return verifier.refusal(Long.toString(timestamp), signature, body.getBytes(StandardCharsets.UTF_8));
    }
}
