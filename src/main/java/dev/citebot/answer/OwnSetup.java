package dev.citebot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word of a question describes the asker's own setup rather than what is asked: "I have a server with
 * 64GB of RAM, what should shared_buffers be?", "My Flask app logs every line twice", "I'm on Windows 11". Such a
 * name or number is the user's context, and the documents need not hold it to answer the question. A word is
 * context when it stands in the words that follow "my" or "our" in its clause, or in a sentence that is the user's
 * statement about themselves ("I'm", "I have", "We run" ...), or in any sentence that states rather than asks
 * before the question does (an error the user got: "error: commit abc123 is a merge but no -m option was given.
 * What does cherry-pick want?"), not in a question ("How do I use PgBouncer?" asks about PgBouncer), and no word
 * of a change or a direction comes between: in "switch my sound server from PulseAudio to
 * PipeWire" both names are what is asked about.
 */
final class OwnSetup {
    /** A clause ends at a comma, semicolon, colon or a sentence's end. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.?!](?=\\s|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!](?=\\s|$)");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b(my|our)\\b");
    /** A sentence in which the user says what they have or run: a statement, not a question's "How do I ...". */
    private static final Pattern STATEMENT = Pattern.compile(
            "^\\s*(I|We)(['’](m|ve|re)|\\s+(am|are|have|had|run|use|work))\\b(?!\\s+to\\b)");
    /** Words that make what follows them the object of the question: a change, a direction, a comparison. */
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(to|from|into|instead|than|versus|vs|or|switch\\w*"
            + "|migrat\\w*|mov\\w*|replac\\w*|convert\\w*|upgrad\\w*|install\\w*|try\\w*|tried|want\\w*"
            + "|need\\w*)\\b");

    private OwnSetup() {
    }

    /** True when the first place {@code term} stands in the question is in a description of the user's setup. */
    static boolean describes(String question, String term) {
        int at = question.indexOf(term);
        if (at < 0) {
            return false;
        }
        String before = question.substring(0, at);
        String clause = before.substring(lastEnd(CLAUSE_END, before));
        String sentence = before.substring(lastEnd(SENTENCE_END, before));
        Matcher possessive = POSSESSIVE.matcher(clause);
        int opener = -1;
        while (possessive.find()) {
            opener = possessive.end();
        }
        if (opener >= 0 && !CHANGE.matcher(clause.substring(opener)).find()) {
            return true;
        }
        if (statesBeforeAsking(question, at + term.length()) && !CHANGE.matcher(sentence).find()) {
            return true;
        }
        Matcher statement = STATEMENT.matcher(sentence);
        return statement.find() && !CHANGE.matcher(sentence.substring(statement.end())).find();
    }

    /** A full stop of an abbreviation ("e.g.", "i.e.", "etc.", "vs."), which ends no sentence. */
    private static final Pattern ABBREVIATED = Pattern.compile("(?i)(\\be\\.g|\\bi\\.e|\\betc|\\bvs|\\bcf)\\.$");

    /**
     * Whether the sentence that goes on at {@code from} ends with a full stop or an exclamation mark, and a question
     * follows it: the user states something (an error they got, what they do) before asking.
     */
    private static boolean statesBeforeAsking(String question, int from) {
        Matcher end = SENTENCE_END.matcher(question);
        int at = from;
        while (end.find(at)) {
            if (!ABBREVIATED.matcher(question.substring(0, end.end())).find()) {
                return question.charAt(end.start()) != '?' && question.indexOf('?', end.end()) >= 0;
            }
            at = end.end();
        }
        return false;
    }

    private static int lastEnd(Pattern end, String text) {
        int last = 0;
        Matcher m = end.matcher(text);
        while (m.find()) {
            last = m.end();
        }
        return last;
    }
}
