package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.Citebots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void theModelIsOffByDefault() {
        LlmSettings s = settings(Map.of());
        assertFalse(s.enabled());
        assertEquals(Duration.ofSeconds(30), s.timeout());
    }

    @Test
    void everySettingCanBeOverriddenFromTheEnvironment() {
        LlmSettings s = settings(Map.of("CITEBOT_LLM_PROVIDER", "openai", "CITEBOT_LLM_BASE_URL", "http://127.0.0.1:8080/v1",
                "CITEBOT_LLM_MODEL", "qwen2.5", "CITEBOT_LLM_API_KEY", "sk-secret", "CITEBOT_LLM_TIMEOUT_SECONDS", "7",
                "CITEBOT_LLM_TEMPERATURE", "0.3", "CITEBOT_LLM_MAX_OUTPUT_TOKENS", "99"));
        assertEquals(new LlmSettings("openai", "http://127.0.0.1:8080/v1", "qwen2.5", "sk-secret", 0.3, 99,
                Duration.ofSeconds(7)), s);
    }

    @Test
    void eachProviderHasItsUsualBaseUrl() {
        assertEquals("http://localhost:11434", settings(Map.of("CITEBOT_LLM_PROVIDER", "ollama",
                "CITEBOT_LLM_MODEL", "llama3.2")).baseUrl());
        assertEquals("https://api.openai.com/v1", settings(Map.of("CITEBOT_LLM_PROVIDER", "OpenAI",
                "CITEBOT_LLM_MODEL", "gpt-4o-mini")).baseUrl());
    }

    @Test
    void anUnknownProviderOrAMissingModelIsAStartUpError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> settings(Map.of("CITEBOT_LLM_PROVIDER", "gpt")));
        assertTrue(e.getMessage().contains("llm.provider"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> settings(Map.of("CITEBOT_LLM_PROVIDER", "ollama")));
        assertTrue(e.getMessage().contains("CITEBOT_LLM_MODEL"), e.getMessage());
    }

    @Test
    void theApiKeyIsNeverPrinted() {
        LlmSettings s = settings(Map.of("CITEBOT_LLM_PROVIDER", "openai", "CITEBOT_LLM_MODEL", "m",
                "CITEBOT_LLM_API_KEY", "sk-secret"));
        assertFalse(s.toString().contains("sk-secret"), s.toString());
    }

    private static LlmSettings settings(Map<String, String> environment) {
        return Citebots.config(Path.of("seeds"), environment).llm();
    }
}
