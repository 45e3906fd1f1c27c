package dev.citebot.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Whether a lower-case word is English: in the word list shipped in the jar ({@code english-words.txt}, SCOWL's
 * American and British lists of size 70; see {@code english-words.NOTICE}), an inflection of such a word ("rewraps",
 * "payloads"), one with a common prefix ("untracked"), or two such words run together ("hostnames", "codebase").
 * A word of six letters or more one edit away from a listed word is English misspelt ("guage"). A word that is
 * none of these is a name: of a product, a tool, a library ("structlog", "pytest", "orjson").
 */
public final class EnglishWords {
    private static final WordList WORDS = load();
    /** Inflections and derivations: the ending and what replaces it ("deleting" -> "delete"). */
    private static final List<String[]> ENDINGS = List.of(new String[] {"s", ""}, new String[] {"es", ""},
            new String[] {"ed", ""}, new String[] {"ed", "e"}, new String[] {"ing", ""}, new String[] {"ing", "e"},
            new String[] {"er", ""}, new String[] {"ers", ""}, new String[] {"ly", ""});
    private static final List<String> PREFIXES = List.of("un", "re", "sub", "pre", "non", "de", "multi", "auto",
            "over", "under");
    /** The shortest stem or part a word is taken apart into. */
    private static final int MIN_PART = 3;

    private EnglishWords() {
    }

    /** True when {@code word} (lower case, letters only) is English by the rules above. */
    public static boolean isEnglish(String word) {
        return known(word) || prefixed(word) || compound(word) || word.length() >= MIN_MISSPELT && misspelt(word);
    }

    /** The fewest words a text must have for {@link #plainEnglish} to tell its language from them. */
    static final int MIN_PLAIN_WORDS = 4;

    /**
     * True when a text is plainly English: written in ASCII letters, with at least {@value #MIN_PLAIN_WORDS} words
     * besides its names and numbers, every one of them listed or an inflection of a listed word ("Where are the
     * ECOWAS chiefs meeting?"). A name is a word with a capital that does not open the text; a word with a digit is
     * a number or a name ("2nd", "mp3"). No other language's question was found to pass (of XQuAD's 3,570 German,
     * Spanish and Chinese ones, none): a German or Spanish one writes a word the list does not hold ("welches",
     * "liegt", "cual") or a letter outside ASCII. A misspelling or a compound makes a text not plain, for the n-gram
     * detector to judge.
     */
    public static boolean plainEnglish(String text) {
        int words = 0;
        int start = -1;
        boolean digit = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 128 && Character.isLetter(c)) {
                return false;
            }
            boolean part = c < 128 && Character.isLetterOrDigit(c);
            if (part && start < 0) {
                start = i;
                digit = false;
            }
            digit |= part && Character.isDigit(c);
            if (!part && start >= 0) { // a word ends
                boolean name = digit || words > 0 && Character.isUpperCase(text.charAt(start));
                if (!name) {
                    if (!known(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                        return false;
                    }
                    words++;
                }
                start = -1;
            }
        }
        return words >= MIN_PLAIN_WORDS;
    }

    /** Words this long or longer are taken for a misspelling of a word one edit away ("guage", "agenchy"). */
    static final int MIN_MISSPELT = 6;

    /** One letter left out, added, changed or two swapped makes a listed word. */
    private static boolean misspelt(String word) {
        for (int i = 0; i <= word.length(); i++) {
            String head = word.substring(0, i);
            if (i < word.length() && WORDS.contains(head + word.substring(i + 1))) {
                return true;
            }
            if (i + 1 < word.length()
                    && WORDS.contains(head + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2))) {
                return true;
            }
            for (char c = 'a'; c <= 'z'; c++) {
                if (WORDS.contains(head + c + word.substring(i))
                        || i < word.length() && WORDS.contains(head + c + word.substring(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean known(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        for (String[] ending : ENDINGS) {
            String stem = word.substring(0, Math.max(0, word.length() - ending[0].length()));
            if (word.endsWith(ending[0]) && stem.length() >= MIN_PART && WORDS.contains(stem + ending[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean prefixed(String word) {
        return PREFIXES.stream().anyMatch(p -> word.startsWith(p) && word.length() - p.length() >= MIN_PART
                && known(word.substring(p.length())));
    }

    private static boolean compound(String word) {
        for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
            if (WORDS.contains(word.substring(0, i)) && known(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list, sorted, as one array of bytes (each word followed by a line break) and where each word starts:
     * about 1.7 MB on the heap for its 134,000 words, against some 10 MB as a set of strings.
     */
    private record WordList(byte[] letters, int[] starts) {
        boolean contains(String word) {
            int low = 0;
            int high = starts.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = compare(starts[mid], word);
                if (c == 0) {
                    return true;
                }
                if (c < 0) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return false;
        }

        /** The listed word at {@code start} against {@code word}, by their letters (a-z only). */
        private int compare(int start, String word) {
            for (int i = 0; ; i++) {
                int listed = letters[start + i] == '\n' ? -1 : letters[start + i];
                int asked = i < word.length() ? word.charAt(i) : -1;
                if (listed != asked || listed < 0) {
                    return Integer.compare(listed, asked);
                }
            }
        }
    }

    private static WordList load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream("english-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("english-words.txt is missing from the jar");
            }
            byte[] letters = in.readAllBytes();
            int count = 0;
            for (byte b : letters) {
                count += b == '\n' ? 1 : 0;
            }
            int[] starts = new int[count];
            for (int i = 0, w = 0; w < count; i++) {
                if (i == 0 || letters[i - 1] == '\n') {
                    starts[w++] = i;
                }
            }
            return new WordList(letters, starts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
