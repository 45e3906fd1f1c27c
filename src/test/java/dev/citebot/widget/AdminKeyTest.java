package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.citebot.api.ApiException;
import org.junit.jupiter.api.Test;

class AdminKeyTest {
    @Test
    void withNoKeyConfiguredEveryRequestIsForbidden() {
        AdminKey none = new AdminKey("");
        assertEquals(403, assertThrows(ApiException.class, () -> none.require("Bearer ")).status());
        assertEquals(403, assertThrows(ApiException.class, () -> none.require(null)).status());
    }

    @Test
    void onlyTheExactKeyAsABearerTokenIsAccepted() {
        AdminKey key = new AdminKey("s3cret");
        assertDoesNotThrow(() -> key.require("Bearer s3cret"));
        for (String wrong : new String[] {null, "", "s3cret", "Bearer s3cre", "Bearer s3cret2", "Basic s3cret"}) {
            assertEquals(401, assertThrows(ApiException.class, () -> key.require(wrong)).status(), String.valueOf(wrong));
        }
    }
}
