package dev.citebot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The texts Citebot writes itself, read once from the prompts folder. */
public record Prompts(String greeting, String refusal, String closestMatches, String notFound) {

    public static Prompts load(Path dir) {
        return new Prompts(
                read(dir, "greeting.txt"),
                read(dir, "refusal.txt"),
                read(dir, "closest-matches.txt"),
                requireVariable(dir, "not-found.txt", "{terms}"));
    }

    /** "The documents do not mention {terms}" with the missing terms filled in. */
    public String notFound(String terms) {
        return notFound.replace("{terms}", terms);
    }

    private static String requireVariable(Path dir, String name, String variable) {
        String text = read(dir, name);
        if (!text.contains(variable)) {
            throw new ConfigException("prompt file " + dir.resolve(name) + " must contain " + variable);
        }
        return text;
    }

    private static String read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new ConfigException("prompt file " + file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new ConfigException("prompt file " + file + " is missing or unreadable", e);
        }
    }
}
