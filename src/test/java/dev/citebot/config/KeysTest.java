package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void noKeysAcceptNothing() {
        Keys none = new Keys(List.of(""));
        assertTrue(none.isEmpty());
        assertFalse(none.accepts(""));
        assertFalse(none.accepts(null));
    }

    @Test
    void onlyAnExactKeyIsAccepted() {
        Keys keys = new Keys(List.of("s3cret", "other-key"));
        assertTrue(keys.accepts("s3cret"));
        assertTrue(keys.accepts("other-key"));
        for (String wrong : new String[] {null, "", "s3cre", "s3cret2", "S3CRET", " s3cret"}) {
            assertFalse(keys.accepts(wrong), String.valueOf(wrong));
        }
    }
}
