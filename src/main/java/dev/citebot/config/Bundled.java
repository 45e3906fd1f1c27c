package dev.citebot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The defaults the jar carries: {@code config/citebot.properties} and {@code prompts/*.txt} as they are in the
 * repository, copied into the jar under {@code defaults/} by the build. A folder of the same name in the working
 * directory, or one named by a setting, overlays them; without one the jar runs from any folder.
 */
public final class Bundled {
    static final String CONFIG = "/defaults/config/citebot.properties";
    static final String PROMPTS = "/defaults/prompts/";

    private Bundled() {
    }

    /** A bundled resource's text, if the jar has it. */
    static Optional<String> resource(String path) {
        try (InputStream in = Bundled.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A prompt: the file of that name in the prompts folder when there is one, else the one the jar carries.
     * Blank, unreadable or missing everywhere is a configuration error that names the file.
     */
    public static String prompt(Path dir, String name, String... variables) {
        Path file = dir.resolve(name);
        String text;
        try {
            text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : resource(PROMPTS + name).orElseThrow(() -> new IOException("not found"));
        } catch (IOException e) {
            throw new ConfigException("prompt file " + file + " is missing or unreadable", e);
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw new ConfigException("prompt file " + file + " is empty");
        }
        for (String variable : variables) {
            if (!text.contains(variable)) {
                throw new ConfigException("prompt file " + file + " must contain " + variable);
            }
        }
        return text;
    }
}
