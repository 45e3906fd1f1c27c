package dev.citebot.answer;

import dev.citebot.index.Bm25Index;
import dev.citebot.text.EnglishWords;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a question writes in lower case that no document holds: "How do I get JSON log lines with structlog?",
 * "Should I use conda or venv?". Users type tools and libraries as their commands are spelled, so the capital that
 * marks a name ({@link KeyTerms}) is missing; what marks one is a word that is not English ({@link EnglishWords}).
 * Such a word counts as mentioned when a passage holds it, a near spelling of it (a typo), or a longer word it
 * starts (an abbreviation: "repo", "config", "env"). Words joined to code, paths or other words ("git-style",
 * "os.path", "don't") are left to {@link CodeNames}; names a user makes up for their own things ("mytool",
 * "mypackage", "foo") are not asked about.
 */
final class UnfamiliarNames {
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./\\\\'’@$%#-])[a-z]{3,}(?![\\p{L}\\p{N}_./\\\\'’@$(-])");
    /** A user's own example names: "mytool init", "from mypackage import *", "foo", "baz". */
    private static final Pattern PLACEHOLDER = Pattern.compile("my[a-z]+|our[a-z]+|foo|baz|qux|quux|xyzzy");
    /** An analysed term this short is too short to tell a name from an abbreviation. */
    private static final int MIN_TERM = 3;

    private UnfamiliarNames() {
    }

    /** The question's unfamiliar lower-case names that no passage of {@code index} holds, as written, each once. */
    static List<String> missing(String question, Bm25Index index, Terms terms) {
        List<String> missing = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String word = m.group();
            if (missing.contains(word) || PLACEHOLDER.matcher(word).matches() || EnglishWords.isEnglish(word)) {
                continue;
            }
            List<String> analysed = terms.of(word);
            if (analysed.size() == 1 && analysed.get(0).length() >= MIN_TERM && !index.mentions(analysed.get(0))
                    && !index.startsLongerTerm(analysed.get(0))) {
                missing.add(word);
            }
        }
        return missing;
    }
}
