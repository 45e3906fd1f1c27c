package dev.citebot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @Test
    void aWholeNumberInRangeIsRead() {
        assertEquals(1, WholeNumbers.parse("limit", "1", 1, 1000));
        assertEquals(1000, WholeNumbers.parse("limit", "1000", 1, 1000));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"", "0", "1001", "-5", "2.5", "ten", "99999999999", " 5"})
    void anythingElseIsA400ThatNamesTheParameterAndItsRange(String value) {
        ApiException e = assertThrows(ApiException.class, () -> WholeNumbers.parse("limit", value, 1, 1000));
        assertEquals(400, e.status().getCode());
        assertEquals("'limit' must be a whole number from 1 to 1000", e.getMessage());
    }

    @Test
    void aJsonValueMustBeAJsonIntegerInRange() throws Exception {
        assertEquals(OptionalInt.of(5), WholeNumbers.of(json("5"), 1, Integer.MAX_VALUE));
        for (String notOne : new String[] {"0", "-1", "2.0", "\"2\"", "true", "[]", "3000000000"}) {
            assertEquals(OptionalInt.empty(), WholeNumbers.of(json(notOne), 1, Integer.MAX_VALUE), notOne);
        }
        assertEquals(OptionalInt.empty(), WholeNumbers.of(null, 1, 10));
    }

    @Test
    void theRuleSaysTheRangeOrOnlyItsLowEndWhenItHasNoTop() {
        assertEquals("'n' must be a whole number of at least 1", WholeNumbers.rule("n", 1, Integer.MAX_VALUE));
        assertEquals("'limit' must be a whole number from 1 to 1000", WholeNumbers.rule("limit", 1, 1000));
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }
}
