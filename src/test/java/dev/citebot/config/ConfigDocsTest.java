package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The README's configuration table stays true: every setting is there with its environment variable. */
class ConfigDocsTest {

    @Test
    void everySettingIsInTheReadmeWithItsEnvironmentVariable() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(CitebotConfig.DEFAULT_FILE)) {
            properties.load(reader);
        }
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!readme.contains("| `" + key + "` | `" + Settings.environmentName(key) + "` |")) {
                missing.add(key);
            }
        }
        missing.sort(String::compareTo);
        assertEquals(List.of(), missing, "settings missing from the README table (src/bench/config_table.py makes it)");
    }
}
