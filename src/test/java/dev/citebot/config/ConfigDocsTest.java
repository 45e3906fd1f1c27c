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

/**
 * The one settings table (docs/configuration.md, made by src/bench/config_table.py) stays true: every setting
 * is there with its environment variable, and no other page keeps a table of settings that could drift.
 */
class ConfigDocsTest {

    @Test
    void everySettingIsInTheConfigurationTableWithItsEnvironmentVariable() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(CitebotConfig.DEFAULT_FILE)) {
            properties.load(reader);
        }
        String readme = Files.readString(Path.of("docs", "configuration.md"));
        List<String> missing = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!readme.contains("| `" + key + "` | `" + Settings.environmentName(key) + "` |")) {
                missing.add(key);
            }
        }
        missing.sort(String::compareTo);
        assertEquals(List.of(), missing, "settings missing from docs/configuration.md (src/bench/config_table.py "
                + "makes its table)");
    }

    @Test
    void noOtherPageKeepsASettingsTable() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (java.util.stream.Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("configuration.md")).forEach(pages::add);
        }
        List<String> tables = new ArrayList<>();
        for (Path page : pages) {
            if (java.util.regex.Pattern.compile("\\| `[a-z.]+` \\| `CITEBOT_[A-Z_]+` \\|")
                    .matcher(Files.readString(page)).find()) {
                tables.add(page.toString());
            }
        }
        assertEquals(List.of(), tables, "settings rows belong in docs/configuration.md only");
    }
}
