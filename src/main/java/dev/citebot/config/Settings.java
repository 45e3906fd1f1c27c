package dev.citebot.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw key/value settings: the config file, overridden by {@code CITEBOT_*} environment variables.
 * Typed access fails with the key's name, so a typo in a value is a clear start-up error.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    /** Variables Citebot reads that are not settings of the file. */
    private static final Set<String> NOT_SETTINGS = Set.of("CITEBOT_CONFIG");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /**
     * File values first; then each environment variable CITEBOT_ + key in upper snake case replaces its key. A
     * {@code CITEBOT_*} variable that names no setting is warned about, with the closest known name.
     */
    public static Settings of(Properties file, Map<String, String> environment) {
        Map<String, String> merged = new TreeMap<>();
        file.stringPropertyNames().forEach(key -> merged.put(key, file.getProperty(key).trim()));
        for (String key : merged.keySet()) {
            String override = environment.get(environmentName(key));
            if (override != null) {
                merged.put(key, override.trim());
            }
        }
        unknownVariables(environment.keySet(), merged.keySet()).forEach(LOG::warn);
        return new Settings(merged);
    }

    /** A warning for each {@code CITEBOT_*} variable that is not a setting's name, naming the closest one. */
    static List<String> unknownVariables(Set<String> variables, Set<String> keys) {
        Set<String> known = new TreeSet<>(NOT_SETTINGS);
        keys.forEach(k -> known.add(environmentName(k)));
        List<String> warnings = new ArrayList<>();
        for (String variable : new TreeSet<>(variables)) {
            if (variable.startsWith("CITEBOT_") && !known.contains(variable)) {
                String closest = known.stream().min(Comparator.comparingInt(k -> distance(k, variable))).orElse("");
                warnings.add("unknown environment variable " + variable + " is ignored; did you mean " + closest + "?");
            }
        }
        return warnings;
    }

    /** Edit distance (insertions, deletions, substitutions), for suggesting the name a typo meant. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** {@code seeds.dir} becomes {@code CITEBOT_SEEDS_DIR}. */
    public static String environmentName(String key) {
        return "CITEBOT_" + key.replaceAll("[.\\-]", "_").toUpperCase(Locale.ROOT);
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

    /**
     * Comma-separated {@code name:value} pairs ({@code hr:KEY1,finance:KEY2}), grouped by name in the order given;
     * a name may come more than once. Blank: none. A pair without a name or a value is a start-up error.
     */
    public Map<String, List<String>> pairs(String key) {
        Map<String, List<String>> pairs = new java.util.LinkedHashMap<>();
        for (String item : text(key).split(",")) {
            String pair = item.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new ConfigException("setting '" + key + "' must be name:value pairs separated by commas,"
                        + " got an item without a name or a value");
            }
            pairs.computeIfAbsent(pair.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(pair.substring(colon + 1).strip());
        }
        return pairs;
    }

    public double decimal(String key) {
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a number, got '" + text(key) + "'");
        }
    }
}
