package dev.citebot.text;

/**
 * Whether a text holds a string with ASCII letters in either case: what {@code Pattern.compile(Pattern.quote(s),
 * Pattern.CASE_INSENSITIVE).matcher(text).find()} tells (only ASCII letters fold; "ſ", "ı" or the Kelvin sign match
 * nothing but themselves), without the regex's cost over a large corpus (BENCHMARKS.md, issue 20's twelfth step: a
 * question naming code absent from 100,000 passages). The regex tries the whole string at every character of the
 * text; this looks for one character of it with {@link String#indexOf(int, int)}, which the JVM runs with vector
 * instructions, and compares the rest only where that character stands: a character with no case ("_", ".", "/",
 * "-") if the string has one, else its rarest letter in English text, in lower case and in upper case.
 */
public final class AsciiCaseSearch {
    /** The letters, the rarest in English text first. */
    private static final String RAREST_FIRST = "zqxjkvbpygfwmucldrhsnioate";

    private AsciiCaseSearch() {
    }

    /** True when {@code text} holds {@code sought}, ASCII letters of either case matching each other. */
    public static boolean contains(String text, String sought) {
        if (sought.isEmpty()) {
            return true;
        }
        int at = anchor(sought);
        char c = sought.charAt(at);
        if (!isAsciiLetter(c)) {
            return containsAround(text, sought, at, c);
        }
        return containsAround(text, sought, at, Character.toLowerCase(c))
                || containsAround(text, sought, at, Character.toUpperCase(c));
    }

    /** Whether the text holds {@code sought} with {@code c} (one case of its character {@code at}) at that place. */
    private static boolean containsAround(String text, String sought, int at, char c) {
        int last = text.length() - sought.length() + at; // where c may stand for the whole to fit
        for (int i = text.indexOf(c, at); i >= 0 && i <= last; i = text.indexOf(c, i + 1)) {
            if (matchesAt(text, i - at, sought)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int start, String sought) {
        for (int k = 0; k < sought.length(); k++) {
            if (fold(text.charAt(start + k)) != fold(sought.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The place of the character to look for: the first one with no case, else the rarest letter. */
    static int anchor(String sought) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int k = 0; k < sought.length(); k++) {
            char c = sought.charAt(k);
            if (!isAsciiLetter(c)) {
                return k;
            }
            int rank = RAREST_FIRST.indexOf(Character.toLowerCase(c));
            if (rank < bestRank) {
                best = k;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
