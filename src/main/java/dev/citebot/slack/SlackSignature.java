package dev.citebot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{raw body}} keyed with the
 * signing secret. Checked on the raw bytes, before anything parses them, because any re-encoding would change them.
 */
final class SlackSignature {
    /** Slack's own advice: older requests may be replays. */
    static final long MAX_AGE_SECONDS = 300;
    /** The refusal of a request whose timestamp is too far from this server's clock (a replay, or a clock off). */
    static final String STALE = "timestamp outside the 300 second window";

    private final SecretKeySpec key;
    private final Clock clock;

    SlackSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** Why a request is refused, or null when it is genuine and fresh. */
    String refusal(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return "missing signature headers";
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "malformed timestamp";
        }
        if (Math.abs(clock.instant().getEpochSecond() - sent) > MAX_AGE_SECONDS) {
            return STALE;
        }
        byte[] expected = expected(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        // constant time, so the response time tells an attacker nothing about how much of a guess was right
        boolean same = MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
        return same ? null : "signature does not match";
    }

    String expected(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
