package dev.citebot.chunk;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence only leads into the next one: it ends with a colon or announces what follows ("... by the
 * following.", "as follows"), or it is a short label without a full stop (a list item or heading whose content
 * is the next line). Technical documents put the command, value or option such a sentence promises on the line
 * after it, so an answer that quoted the lead-in alone would promise the answer without giving it.
 */
public final class LeadIn {
    /** A label longer than this is a sentence in its own right, even without a full stop. */
    static final int MAX_LABEL = 60;
    /** A following sentence longer than this is not the short item a lead-in announces. */
    static final int MAX_NEXT = 240;
    /** Words that end a sentence announcing the next line ("Use it like this:", "... as shown below."). */
    private static final List<String> ANNOUNCING = List.of("the following", "as follows", "following", "below",
            "like this", "as shown");
    private static final Pattern ANNOUNCES = Pattern.compile(
            "(?i)(:|\\b(" + String.join("|", ANNOUNCING) + ")\\W*)$");
    /**
     * "as follows" or "the following" a few words before the end: "execute as follows to uninstall the program.",
     * "use the following command to list them." The words after it say what the next line is for.
     */
    private static final Pattern ANNOUNCES_FOR = Pattern.compile(
            "(?i)\\w\\W+(as follows|the following(?! (?:years?|days?|weeks?|months?|morning|evening|night|season"
                    + "|decade|century|spring|summer|autumn|fall|winter)\\b)(?: \\w+)?)(?:\\W+\\w+){1,6}\\W*[.:]?$");

    /** "Added in: v13.2.0", "Default: 30": a field with its value says something itself; it names nothing below. */
    private static final Pattern FIELD = Pattern.compile("[\\p{L}\\p{N})]:\\s+\\S");

    private LeadIn() {
    }

    /** The sentence ends by announcing what comes next (a colon, "the following", "as follows"). */
    public static boolean endsWithLeadIn(String sentence) {
        String s = sentence.strip();
        return mayAnnounce(s) && (ANNOUNCES.matcher(s).find() || ANNOUNCES_FOR.matcher(s).find());
    }

    /**
     * A colon or one of the {@link #ANNOUNCING} words (those of {@link #ANNOUNCES_FOR} among them): without one, the
     * patterns cannot match, and need not be tried.
     */
    private static boolean mayAnnounce(String s) {
        if (s.indexOf(':') >= 0) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return ANNOUNCING.stream().anyMatch(lower::contains);
    }

    public static boolean announcesNext(String sentence, String next) {
        String s = sentence.strip();
        if (s.isEmpty() || next.strip().length() > MAX_NEXT) {
            return false;
        }
        if (endsWithLeadIn(s)) {
            return true;
        }
        String bare = unquoted(s);
        return !bare.isEmpty() && shortAndUnstopped(bare) && !SentenceSplitter.twoColumns(s);
    }

    /**
     * A short label with no full stop of its own: a heading, a list's or definition's term, an option above its
     * description ("Recommends", "--verbose", "Symbolic link or symlink"). It may be quoted or bracketed. A
     * reference page's synopsis is a label too: a command with its arguments in brackets ("\\timing [ on | off ]",
     * "-m <module-name>", "exec(command[, options])"), or an option's forms one to a line ("-l list-file" over
     * "--use-list=list-file").
     */
    public static boolean isLabel(String sentence) {
        String s = unquoted(sentence.strip());
        if (s.isEmpty() || FIELD.matcher(s).find()) {
            return false;
        }
        if (shortAndUnstopped(s)) {
            return true;
        }
        String[] lines = LINE_BREAK.split(s);
        if (lines.length > MAX_SYNOPSIS_LINES) {
            return false;
        }
        for (String line : lines) {
            if (!synopsis(line)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    /** A synopsis has at most this many lines: an option's short and long forms, or a call's few signatures. */
    public static final int MAX_SYNOPSIS_LINES = 3;
    /** What a synopsis puts in brackets: arguments and their alternatives ("[ on | off ]", "<file>", "(path)"). */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]\\n]*]|<[^<>\\n]*>|\\([^()\\n]*\\)");
    /** A command, option or name of code at the start of a synopsis: "\\timing", "-l", "--use-list", "fs.open". */
    private static final Pattern CODE_START = Pattern.compile("^(\\\\\\w|--?[A-Za-z]|[\\w.$]+[\\[(<]"
            + "|[\\w$]+(?:[.$][\\w$]+)+|[a-z]+[A-Z]\\w*|[A-Za-z][A-Za-z0-9]*_\\w+)");

    /**
     * One line of a synopsis: short, with no full stop, starting with a command, option or name of code, and with
     * its alternatives (" | ") only inside brackets, where a table row has them between its cells.
     */
    private static boolean synopsis(String line) {
        if (line.length() > MAX_LABEL || !CODE_START.matcher(line).find()) {
            return false;
        }
        String bare = line;
        for (String previous = ""; !bare.equals(previous); ) {
            previous = bare;
            bare = BRACKETED.matcher(bare).replaceAll("x");
        }
        return !bare.contains(" | ") && Character.isLetterOrDigit(bare.charAt(bare.length() - 1));
    }

    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"“'(]+|[\"”')]+$");

    /** The label without the quotes or brackets around it: "Enhances" for "\"Enhances\"". */
    private static String unquoted(String label) {
        return QUOTES_AROUND.matcher(label).replaceAll("");
    }

    private static boolean shortAndUnstopped(String s) {
        return s.length() <= MAX_LABEL && Character.isLetterOrDigit(s.charAt(s.length() - 1)) && !s.contains("\n")
                && !s.contains(" | "); // a table row is an item in its own right, not a label
    }
}
