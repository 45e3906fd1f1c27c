package dev.citebot.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The texts Citebot writes itself, read once from the prompts folder (else the ones the jar carries), in English
 * and in each language it has translations for: {@code refusal.de.txt}, {@code not-found.de.txt} and
 * {@code closest-matches.de.txt} for German, and so on (German, Spanish and French ship with the jar; a prompts
 * folder may add any language by adding its three files, and the widget's greeting in it by {@code greeting.de.txt},
 * else the English greeting is used).
 */
public record Prompts(String greeting, String refusal, String closestMatches, String notFound,
                      Map<String, Prompts> translations) {
    /** The languages whose translations the jar carries. */
    static final Set<String> SHIPPED = Set.of("de", "es", "fr");
    private static final Pattern TRANSLATION = Pattern.compile("refusal\\.([a-z]{2,3})\\.txt");

    public Prompts {
        translations = Map.copyOf(translations);
    }

    public static Prompts load(Path dir) {
        Map<String, Prompts> translations = new TreeMap<>();
        String greeting = read(dir, "greeting.txt");
        for (String language : languages(dir)) {
            translations.put(language, new Prompts(greeting(dir, language, greeting),
                    read(dir, "refusal." + language + ".txt"),
                    read(dir, "closest-matches." + language + ".txt"),
                    requireVariable(dir, "not-found." + language + ".txt", "{terms}"), Map.of()));
        }
        return new Prompts(
                greeting,
                read(dir, "refusal.txt"),
                read(dir, "closest-matches.txt"),
                requireVariable(dir, "not-found.txt", "{terms}"),
                translations);
    }

    /** The texts in a language (an ISO 639-1 code); English when there is no translation into it. */
    public Prompts in(String language) {
        return translations.getOrDefault(language, this);
    }

    /** "The documents do not mention {terms}" with the missing terms filled in. */
    public String notFound(String terms) {
        return notFound.replace("{terms}", terms);
    }

    /** {@code greeting.de.txt} in the folder or the jar; the English greeting for a language that has none. */
    private static String greeting(Path dir, String language, String english) {
        String name = "greeting." + language + ".txt";
        boolean exists = Files.isRegularFile(dir.resolve(name)) || Bundled.resource(Bundled.PROMPTS + name).isPresent();
        return exists ? read(dir, name) : english;
    }

    /** The shipped languages, and those the prompts folder has a refusal text for. */
    private static Set<String> languages(Path dir) {
        Set<String> languages = new LinkedHashSet<>(SHIPPED);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> {
                    Matcher m = TRANSLATION.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        languages.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return languages;
    }

    private static String requireVariable(Path dir, String name, String variable) {
        return Bundled.prompt(dir, name, variable);
    }

    private static String read(Path dir, String name) {
        return Bundled.prompt(dir, name);
    }
}
