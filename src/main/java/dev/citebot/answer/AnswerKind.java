package dev.citebot.answer;

import dev.citebot.text.TextMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of thing a question asks for, when its wording says so, and whether a sentence offers one that the
 * question does not already name. Technical questions ask for a command, an option, a file or a number ("Which
 * command regenerates ...?", "How do I ...?", "Where does APT keep ...?", "What port ...?"), and the sentence that
 * answers them is the one that shows it: a quoted command, a manual page, an option, a path, a table row. The
 * sentence that merely talks about the topic in the question's own words ranks high on everything else, so this
 * is the evidence that tells the two apart. "Which city / country / region ...?" asks for a place: a name after a
 * preposition of place ("the junta in Niamey") that the question does not name; "Where ...?" asks for a path or a
 * place.
 */
final class AnswerKind {
    enum Kind { COMMAND, PATH, NUMBER, PLACE, DEFAULT, REASON, NONE }

    /** The things of a system a technical question asks for by name. */
    private static final String THINGS = "(command|tool|program|utility|package|option|flag|switch|parameter"
            + "|setting|directive|field|group|module|function|library|daemon|variable|key|entry|syntax|line|argument"
            + "|method|event|property|class|constant|code|signal|error|exception|attribute|header)s?\\b";
    private static final Pattern ASKS_COMMAND = Pattern.compile("(?i)\\b(which|what)\\s+([\\w-]+\\s+){0,2}" + THINGS
            + "|\\b(is|are)\\s+there\\s+(an?|any)\\s+([\\w-]+\\s+){0,2}" + THINGS
            + "|^\\s*how\\s+(do|can|should|would|to)\\b"
            + "|\\bwhat\\s+(do|should|can)\\s+(i|you|we)\\s+(put|type|run|use|add|write|set)\\b");
    private static final Pattern ASKS_PATH = Pattern.compile("(?i)\\b(where|which\\s+(file|directory|folder"
            + "|path))\\b");
    private static final Pattern ASKS_PLACE = Pattern.compile("(?i)\\b(which|what)\\s+(city|town|village|country"
            + "|region|state|province|county|capital|continent|island|place)\\b");
    private static final Pattern WHERE = Pattern.compile("(?i)\\bwhere\\b");
    /** "What's the default prompt?", "What is the default value of ...?": the value a setting has when not set. */
    private static final Pattern ASKS_DEFAULT = Pattern.compile("(?i)\\b(what|which)(['’]s|\\s+(is|are|was|were))?"
            + "\\s+(the\\s+)?default\\b(?![\"”'’])|\\bdefault\\s+values?\\b");
    /** "Why ...?", "..., why?", "How come ...?", "What is the reason ...?": a question asking for a reason. */
    private static final Pattern ASKS_REASON = Pattern.compile("(?i)(^|[.?!]\\s+)\\W*(why\\b|how\\s+come\\b"
            + "|what\\s+(is|was|are|were)\\s+the\\s+reasons?\\b)");
    /** A sentence that gives a reason or a cause: "because ...", "due to ...", "this may lead to ...". */
    private static final Pattern REASON = Pattern.compile("(?i)\\b(because|due\\s+to|owing\\s+to|as\\s+a\\s+result"
            + "|so\\s+that|in\\s+order\\s+to|caused\\s+by|causes?|leads?\\s+to|reasons?|therefore|hence|thus)\\b");
    /** A sentence that states a default: "Default: 100.", "The default is 100.", "defaults to ...", "by default". */
    private static final Pattern DEFAULT = Pattern.compile("(?i)\\bdefaults?\\s*(:|=|\\b(is|are|was|to)\\b)"
            + "|\\bby\\s+default\\b|\\bdefault\\s+[\\w-]+(\\s+[\\w-]+)?\\s+(is|are|was)\\b|\\(default\\b"
            + "|\\bdefault\\s+values?\\)");
    private static final Pattern ASKS_NUMBER = Pattern.compile("(?i)\\b(what|which)\\s+(port|number|size|value"
            + "|version|limit)\\b|\\bhow\\s+(many|much|long|big|large|often)\\b");

    /**
     * Quoted commands and values ('SIGTERM'), manual pages (ls(1)), options (--force, -a), paths, A::B keys, shell
     * prompts, table rows, and the names of code: calls (setPrompt(), os.loadavg()), dotted names (os.EOL),
     * camelCase names (maxBuffer) and CONSTANT_NAMES.
     */
    private static final Pattern CODE = Pattern.compile("\"[^\"\\n]{1,80}\"|“[^”\\n]{1,80}”|\\b[\\w.+-]+\\(\\d\\w*\\)"
            + "|(?<![\\w-])--?[a-zA-Z][\\w-]*|(?<![\\w/])/[\\w.-]+(/[\\w.*-]*)*|\\b\\w+::\\w+|(^|\\n)\\s*[$#] \\S+"
            + "|\\S+ \\| \\S+|(?<!\\w)'[^'\\s][^'\\n]{0,38}'(?!\\w)|\\b[\\w$]+\\([^()\\s]{0,30}\\)"
            + "|\\b[A-Za-z_$][\\w$]+\\.[A-Za-z_$][\\w$]+|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern PATH = Pattern.compile("(?<![\\w/])[~.]?/[\\w.-]+(/[\\w.*-]*)+");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    /** A name after a preposition of place: "in Niamey", "at the Kremlin", "from Burkina Faso". */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|from|near|to|into|across)\\s+(?:the\\s+)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)");
    /** Names after "in" that are times, not places ("in July"). */
    private static final Pattern TIME = Pattern.compile("(?i)(january|february|march|april|may|june|july|august"
            + "|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");

    /** A table row ("a | b"), a shell command line ("$ cmd", "# cmd") or a quoted command standing alone. */
    private static final Pattern ALONE = Pattern.compile("(?s).*\\S \\| \\S.*|\\s*[$#] \\S.*|\\s*[\"“][^\"“”\\n]{1,80}[\"”]\\s*");

    /**
     * A row of a version history ("v5.0.0 | A truncated input stream will now ...", "2023-08-16 | ..."): it tells
     * when something changed, and shows no command or value to use.
     */
    private static final Pattern HISTORY_ROW = Pattern.compile("\\s*(v?\\d+(\\.\\d+)+|\\d{4}-\\d{2}-\\d{2})"
            + "([,;]\\s*(v?\\d+(\\.\\d+)+|\\d{4}-\\d{2}-\\d{2}))*\\s*\\|");

    private AnswerKind() {
    }

    static Kind of(String question) {
        if (ASKS_NUMBER.matcher(question).find()) {
            return Kind.NUMBER;
        }
        if (ASKS_PLACE.matcher(question).find()) {
            return Kind.PLACE;
        }
        if (ASKS_REASON.matcher(question).find()) {
            return Kind.REASON;
        }
        // double-quoted words of a question ("the \"default\" condition") name something; they ask for no default
        if (ASKS_DEFAULT.matcher(Quotes.withoutDoubleQuoted(question)).find()) {
            return Kind.DEFAULT;
        }
        if (ASKS_COMMAND.matcher(question).find()) {
            return Kind.COMMAND;
        }
        return ASKS_PATH.matcher(question).find() ? Kind.PATH : Kind.NONE;
    }

    /**
     * True when the sentence holds something of the kind asked for that the question does not itself contain. A
     * "where" question may ask for a path or for a place, so either counts for it.
     */
    static boolean offers(Kind kind, String question, String sentence) {
        return switch (kind) {
            case COMMAND -> holds(CODE, question, sentence);
            case PATH -> holds(PATH, question, sentence)
                    || WHERE.matcher(question).find() && holds(PLACE, question, sentence);
            case NUMBER -> holds(NUMBER, question, sentence);
            case PLACE -> holds(PLACE, question, sentence);
            case DEFAULT -> statesDefault(question, sentence);
            case REASON -> REASON.matcher(sentence).find();
            case NONE -> false;
        };
    }

    /**
     * The sentence states a default ("Default: '> '.", "The default is 100.", "defaults to relatime", "by default,
     * ...") and names something the question does not. "The default prompt can be changed." states none.
     */
    private static boolean statesDefault(String question, String sentence) {
        if (!DEFAULT.matcher(sentence).find()) {
            return false;
        }
        String asked = question.toLowerCase(Locale.ROOT);
        for (String token : sentence.toLowerCase(Locale.ROOT).split("[\\s,;:.()]+")) {
            if (!token.isEmpty() && !STOP.contains(token) && !asked.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Words that say nothing about a value. */
    private static final Set<String> STOP = Set.of("the", "a", "an", "is", "are", "was", "be",
            "it", "this", "that", "of", "to", "in", "on", "for", "and", "or", "as", "by", "with", "value", "values",
            "default", "defaults");

    /** Quotation marks and a shell prompt around what a sentence shows: not part of it. */
    private static final Pattern QUOTES_AND_PROMPT = Pattern.compile("^[\"“$#\\s]+|[\"”]$");

    private static boolean holds(Pattern pattern, String question, String sentence) {
        String asked = question.toLowerCase(Locale.ROOT);
        for (String found : shown(pattern, sentence)) {
            if (!asked.contains(found)) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences' findings are kept for each pattern; past this the memory starts again. */
    private static final int SENTENCES_KEPT = 4_096;
    private static final Map<Pattern, TextMemo<List<String>>> SHOWN = Map.of(
            CODE, new TextMemo<>(SENTENCES_KEPT, s -> found(CODE, false, s)),
            PATH, new TextMemo<>(SENTENCES_KEPT, s -> found(PATH, false, s)),
            NUMBER, new TextMemo<>(SENTENCES_KEPT, s -> found(NUMBER, false, s)),
            PLACE, new TextMemo<>(SENTENCES_KEPT, s -> found(PLACE, true, s)));

    /**
     * What the pattern finds in the sentence ({@link #found}). It does not depend on the question, and the same
     * passages answer many questions, so it is kept for the sentences met lately: the scan (a dozen alternatives
     * tried at every character) was most of the cost of ranking a question's sentences.
     */
    private static List<String> shown(Pattern pattern, String sentence) {
        return SHOWN.get(pattern).get(sentence);
    }

    /**
     * What the pattern finds in the sentence, lower case, without quotation marks or a prompt (for places, the name,
     * times left out).
     */
    private static List<String> found(Pattern pattern, boolean place, String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            String thing = QUOTES_AND_PROMPT.matcher((place ? m.group(1) : m.group()).strip()).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            if (!thing.isEmpty() && !(place && TIME.matcher(thing).matches())) {
                found.add(thing);
            }
        }
        return List.copyOf(found);
    }

    /**
     * True when the sentence is a line that shows the answer on its own rather than talks about it: a table row, a
     * shell command line or a quoted command. Manuals answer "How do I ...?" with such lines, and the prose around
     * them, which repeats the question's words, ranks a little higher on everything else.
     */
    static boolean showsAlone(String sentence) {
        return ALONE.matcher(sentence).matches() && !HISTORY_ROW.matcher(sentence).lookingAt();
    }
}
