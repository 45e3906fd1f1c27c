package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {
    @Test
    void theDefaultIsEachProcessItsOwnMemoryAndAWriter() {
        StoreSettings store = CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of()).store();
        assertFalse(store.postgres());
        assertTrue(store.writer());
        assertEquals(Duration.ofSeconds(5), store.poll());
    }

    @Test
    void postgresIsReadFromTheEnvironment() {
        StoreSettings store = CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_STORE", "postgres",
                "CITEBOT_STORE_URL", "jdbc:postgresql://db:5432/citebot", "CITEBOT_STORE_USER", "bot",
                "CITEBOT_STORE_PASSWORD", "s3cret", "CITEBOT_INDEX_WRITER", "false")).store();
        assertTrue(store.postgres());
        assertFalse(store.writer());
        assertEquals("bot", store.user());
        assertFalse(store.toString().contains("s3cret"), store.toString());
    }

    @Test
    void postgresWithoutAJdbcUrlIsAStartUpErrorNamingTheSetting() {
        ConfigException e = assertThrows(ConfigException.class, () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_STORE", "postgres")));
        assertTrue(e.getMessage().contains("CITEBOT_STORE_URL"), e.getMessage());
    }

    @Test
    void anUnknownStoreIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_STORE", "redis")));
        assertTrue(e.getMessage().contains("memory or postgres"), e.getMessage());
    }
}
