package dev.citebot.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each language stands in a document's text: the document's language, and paragraph by paragraph the
 * language of each one long enough to tell that is clearly another (a German report quoting an English paragraph).
 * Shorter paragraphs take the document's language.
 *
 * @param language the document's language
 * @param parts    the text's stretches in order, each with its language; together they cover the text
 */
public record LanguageMap(String language, List<Part> parts) {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    public LanguageMap {
        parts = List.copyOf(parts);
    }

    /** A stretch [start, end) of the text in one language. */
    public record Part(int start, int end, String language) {
    }

    /** A text in one language throughout. */
    public static LanguageMap uniform(String language, String text) {
        return new LanguageMap(language, List.of(new Part(0, text.length(), language)));
    }

    /**
     * Detects the document's language, then each paragraph's: the paragraphs on every core (each detection reads its
     * paragraph alone, so the map is the same as one made paragraph after paragraph).
     */
    public static LanguageMap of(String text, Languages languages) {
        String language = languages.ofDocument(text);
        List<int[]> paragraphs = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            paragraphs.add(new int[] {from, m.end()});
            from = m.end();
        }
        paragraphs.add(new int[] {from, text.length()});
        List<String> detected = paragraphs.parallelStream()
                .map(p -> languages.detect(text.substring(p[0], p[1]), Languages.SURE).orElse(language)).toList();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            add(parts, paragraphs.get(i)[0], paragraphs.get(i)[1], detected.get(i));
        }
        return new LanguageMap(language, parts);
    }

    private static void add(List<Part> parts, int from, int to, String own) {
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.language().equals(own)) {
            parts.set(parts.size() - 1, new Part(last.start(), to, own));
        } else if (to > from || parts.isEmpty()) {
            parts.add(new Part(from, to, own));
        }
    }

    /** The language at a character offset. */
    public String at(int offset) {
        for (Part p : parts) {
            if (offset < p.end()) {
                return p.language();
            }
        }
        return language;
    }

    /** The language of most of the characters in [start, end). */
    public String of(int start, int end) {
        Map<String, Integer> chars = new LinkedHashMap<>();
        for (Part p : parts) {
            int overlap = Math.min(end, p.end()) - Math.max(start, p.start());
            if (overlap > 0) {
                chars.merge(p.language(), overlap, Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(at(start));
    }

    /** The languages of the text, the document's first, then the others by how much of the text they hold. */
    public List<String> languages() {
        Map<String, Integer> chars = new LinkedHashMap<>();
        chars.put(language, 0);
        parts.forEach(p -> chars.merge(p.language(), p.end() - p.start(), Integer::sum));
        List<String> out = new ArrayList<>(List.of(language));
        chars.entrySet().stream().filter(e -> !e.getKey().equals(language) && e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> out.add(e.getKey()));
        return out;
    }
}
