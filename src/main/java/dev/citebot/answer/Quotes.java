package dev.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans a question quotes, read two ways, kept apart on purpose. {@link #spans} reads every kind of quote, to
 * find the words a user copied from somewhere ({@link Echo}). {@link #withoutDoubleQuoted} takes out double-quoted
 * spans only, for {@link AnswerKind}: taking out every kind there would change which questions ask for a default
 * ("What does 'default value' mean?" and "What does `default values` mean here?" do today), and a single-quoted
 * span would swallow a double-quoted word inside it.
 */
final class Quotes {
    /** A span the question quotes: in straight, curly or backtick quotes ("...", '...', “...”, ‘...’, `...`). */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|(?<!\\w)'([^']+)'(?!\\w)|“([^”]+)”|‘([^’]+)’"
            + "|`([^`]+)`");
    /** Words in double quotes, straight or curly (empty quotes too): a name ("the \"default\" condition"). */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    private Quotes() {
    }

    /** The text inside each span the question quotes, in order, without its quotes. */
    static List<String> spans(String question) {
        List<String> spans = new ArrayList<>();
        Matcher m = QUOTED.matcher(question);
        while (m.find()) {
            String quoted = null;
            for (int g = 1; g <= m.groupCount() && quoted == null; g++) {
                quoted = m.group(g);
            }
            spans.add(quoted);
        }
        return spans;
    }

    /** The question with each double-quoted span (quotes included) replaced by a space. */
    static String withoutDoubleQuoted(String question) {
        return DOUBLE_QUOTED.matcher(question).replaceAll(" ");
    }
}
