package dev.citebot.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The raw key/value settings: the config file, overridden by {@code CITEBOT_*} environment variables.
 * Typed access fails with the key's name, so a typo in a value is a clear start-up error.
 */
public final class Settings {
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** File values first; then each environment variable CITEBOT_ + key in upper snake case replaces its key. */
    public static Settings of(Properties file, Map<String, String> environment) {
        Map<String, String> merged = new TreeMap<>();
        file.stringPropertyNames().forEach(key -> merged.put(key, file.getProperty(key).trim()));
        for (String key : merged.keySet()) {
            String override = environment.get(environmentName(key));
            if (override != null) {
                merged.put(key, override.trim());
            }
        }
        return new Settings(merged);
    }

    /** {@code seeds.dir} becomes {@code CITEBOT_SEEDS_DIR}. */
    public static String environmentName(String key) {
        return "CITEBOT_" + key.replaceAll("[.\\-]", "_").toUpperCase(Locale.ROOT);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new ConfigException("missing setting '" + key + "' (config file or " + environmentName(key) + ")");
        }
        return value;
    }

    public boolean flag(String key) {
        String value = text(key);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException("setting '" + key + "' must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a whole number, got '" + text(key) + "'");
        }
    }

    public long longValue(String key) {
        try {
            return Long.parseLong(text(key));
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a whole number, got '" + text(key) + "'");
        }
    }

    public double decimal(String key) {
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a number, got '" + text(key) + "'");
        }
    }
}
