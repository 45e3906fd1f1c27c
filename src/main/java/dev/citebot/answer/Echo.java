package dev.citebot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence only repeats what the user quoted: "I got 'could not serialize access due to concurrent
 * update'. What should my application do?" is best matched by the manual's line that shows that very message,
 * and what the user needs is what the manual says next. A quote of at least {@link #MIN_WORDS} words counts.
 */
final class Echo {
    static final int MIN_WORDS = 3;

    private Echo() {
    }

    /** True when the sentence holds, word for word, a span of at least three words that the question quotes. */
    static boolean of(String question, String sentence) {
        String said = null; // most questions quote nothing: the sentence is read only for one that does
        for (String quoted : Quotes.spans(question)) {
            String words = words(quoted);
            if (words.split(" ").length >= MIN_WORDS) {
                said = said == null ? words(sentence) : said;
                if (said.contains(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String words(String text) {
        return NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
