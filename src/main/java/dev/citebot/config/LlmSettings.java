package dev.citebot.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The LLM section of the settings.
 *
 * @param provider         "none" (extractive answers only), "ollama" or "openai" (any OpenAI-compatible server)
 * @param baseUrl          the server's base URL (the provider's usual one when the setting is empty)
 * @param model            the model's name on that server
 * @param apiKey           sent as a bearer token to OpenAI-compatible servers; may be empty; never logged
 * @param temperature      sampling temperature
 * @param maxOutputTokens  longest reply asked for
 * @param timeout          how long a reply may take before the extractive answer is given instead
 */
public record LlmSettings(String provider, String baseUrl, String model, String apiKey, double temperature,
                          int maxOutputTokens, Duration timeout) {
    public static final String NONE = "none";
    public static final String OLLAMA = "ollama";
    public static final String OPENAI = "openai";

    public LlmSettings {
        provider = provider.toLowerCase(Locale.ROOT);
        if (!provider.equals(NONE) && !provider.equals(OLLAMA) && !provider.equals(OPENAI)) {
            throw new ConfigException("llm.provider must be none, ollama or openai, got '" + provider + "'");
        }
        if (!provider.equals(NONE) && model.isBlank()) {
            throw new ConfigException("llm.provider is " + provider + " but no model is set (llm.model or "
                    + Settings.environmentName("llm.model") + ")");
        }
        if (baseUrl.isBlank()) {
            baseUrl = provider.equals(OPENAI) ? "https://api.openai.com/v1" : "http://localhost:11434";
        }
        if (maxOutputTokens < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new ConfigException("llm.max.output.tokens and llm.timeout.seconds must be positive");
        }
    }

    public static LlmSettings from(Settings s) {
        return new LlmSettings(s.text("llm.provider"), s.text("llm.base.url"), s.text("llm.model"),
                s.text("llm.api.key"), s.decimal("llm.temperature"), s.integer("llm.max.output.tokens"),
                Duration.ofMillis(Math.round(s.decimal("llm.timeout.seconds") * 1000)));
    }

    public boolean enabled() {
        return !provider.equals(NONE);
    }

    /** Never prints the API key, so the settings can be logged safely. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "none" : "set") + ", temperature=" + temperature + ", maxOutputTokens="
                + maxOutputTokens + ", timeout=" + timeout + "]";
    }
}
