package dev.citebot.config;

import java.nio.file.Path;

/** The texts Citebot writes itself, read once from the prompts folder (else the ones the jar carries). */
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
        return Bundled.prompt(dir, name, variable);
    }

    private static String read(Path dir, String name) {
        return Bundled.prompt(dir, name);
    }
}
