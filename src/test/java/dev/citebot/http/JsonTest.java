package dev.citebot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import org.junit.jupiter.api.Test;

class JsonTest {
    record Asked(String question, Integer topK) {
    }

    @Test
    void eachMappingIsBuiltOnceAndShared() {
        assertSame(Json.mapper(), Json.mapper());
        assertSame(Json.plain(), Json.plain());
    }

    @Test
    void theApiMappingIsSnakeCaseAndStrict() throws Exception {
        assertEquals("{\"question\":\"q\",\"top_k\":3}", Json.mapper().writeValueAsString(new Asked("q", 3)));
        assertEquals(new Asked("q", 3), Json.mapper().readValue("{\"question\":\"q\",\"top_k\":3,\"x\":1}", Asked.class));
        assertThrows(JacksonException.class, () -> Json.mapper().readValue("{\"question\":5}", Asked.class));
        assertThrows(JacksonException.class, () -> Json.mapper().readValue("{\"question\":\"a\",\"question\":\"b\"}",
                Asked.class));
    }

    @Test
    void thePlainMappingKeepsTheJavaNames() throws Exception {
        assertEquals("{\"question\":\"q\",\"topK\":3}", Json.plain().writeValueAsString(new Asked("q", 3)));
    }
}
