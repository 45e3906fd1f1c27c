package dev.citebot.collections;

import dev.citebot.config.ConfigException;
import dev.citebot.config.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collections' settings.
 *
 * @param keys              API keys of single collections, by collection ({@code collections.keys=hr:KEY1}); a
 *                          key opens its collection only. Kept here as given: {@link Collections} keeps digests
 * @param origins           widget origins of single collections ({@code collections.origins=hr:https://hr.example.com});
 *                          an origin listed for some collections asks only those
 * @param uploadMaxBytes    largest upload request body (all its files together); larger: 413, nothing stored
 * @param uploadReadSeconds time an upload body may take to arrive (slower: 408)
 * @param allowedTypes      file name extensions an upload may have (lower case, no dot)
 */
public record CollectionSettings(Map<String, List<String>> keys, Map<String, List<String>> origins,
                                 long uploadMaxBytes, long uploadReadSeconds, Set<String> allowedTypes) {
    public CollectionSettings {
        keys = Map.copyOf(keys);
        origins = Map.copyOf(origins);
        allowedTypes = Set.copyOf(allowedTypes);
        for (String name : keys.keySet()) {
            check("collections.keys", name);
        }
        for (String name : origins.keySet()) {
            check("collections.origins", name);
        }
        if (uploadMaxBytes < 1 || uploadReadSeconds < 1) {
            throw new ConfigException("upload.max.bytes and upload.read.seconds must be at least 1");
        }
    }

    public static CollectionSettings from(Settings s) {
        return new CollectionSettings(s.pairs("collections.keys"), s.pairs("collections.origins"),
                s.longValue("upload.max.bytes"), s.longValue("upload.read.seconds"),
                Arrays.stream(s.text("upload.allowed.types").split(","))
                        .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                        .filter(t -> !t.isEmpty()).collect(Collectors.toSet()));
    }

    private static void check(String key, String name) {
        try {
            CollectionNames.check(name);
        } catch (CollectionException e) {
            throw new ConfigException("setting '" + key + "': " + e.getMessage());
        }
    }

    /** Never prints a key. */
    @Override
    public String toString() {
        return "CollectionSettings[keyed=" + keys.keySet() + ", origins=" + origins + ", uploadMaxBytes="
                + uploadMaxBytes + ", allowedTypes=" + allowedTypes + "]";
    }
}
