package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar carries its defaults, so that it runs from a folder without config/ or prompts/. */
class BundledDefaultsTest {
    @Test
    void theBundledSettingsAndPromptsAreTheRepositorysOwn() throws IOException {
        assertEquals(Files.readString(CitebotConfig.DEFAULT_FILE), Bundled.resource(Bundled.CONFIG).orElseThrow());
        List<Path> prompts;
        try (Stream<Path> files = Files.list(Path.of("prompts"))) {
            prompts = files.toList();
        }
        for (Path prompt : prompts) {
            assertEquals(Files.readString(prompt), Bundled.resource(Bundled.PROMPTS + prompt.getFileName()).orElseThrow());
        }
    }

    @Test
    void aPromptsFolderWithoutTheFilesFallsBackToTheBundledTexts(@TempDir Path empty) throws IOException {
        assertEquals(Prompts.load(Path.of("prompts")), Prompts.load(empty));
        Files.writeString(empty.resolve("greeting.txt"), "Moin!");
        assertEquals("Moin!", Prompts.load(empty).greeting());
    }

    @Test
    void aConfigFileNeedsToNameOnlyWhatItChanges(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.properties");
        Files.writeString(file, "port=8181\n");
        CitebotConfig config = CitebotConfig.load(Map.of("CITEBOT_CONFIG", file.toString()));
        assertEquals(8181, config.port());
        assertEquals(CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of()).chunking(), config.chunking());
    }
}
