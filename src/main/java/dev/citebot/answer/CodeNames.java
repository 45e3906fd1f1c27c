package dev.citebot.answer;

import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.AsciiCaseSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of code in a question that no document contains, whole: options ({@code --max-old-space-size}), calls
 * ({@code net.connect()}), dotted names ({@code os.EOL}), camelCase names ({@code peerDependencies}),
 * CONSTANT_NAMES, snake_case names ({@code pg_stat_statements}) and paths ({@code /etc/fstab}). Such a name is
 * what the question is about, and its parts are ordinary words that every manual holds ("max", "old", "space"),
 * so only the whole name tells that the documents never speak of it. Letter case is ignored ({@link AsciiCaseSearch}:
 * a name absent from a 100,000-passage corpus is looked for in every document's text); a call is looked for without
 * its brackets. A question that also names code the documents do hold is not declined for the rest:
 * "My app.js calls exec() and hangs" names the user's own file beside the documents' exec(). A file name with the
 * extension of a user's data or script ("report.csv", "main.py") is the user's file and no name of code.
 */
final class CodeNames {
    private static final Pattern NAME = Pattern.compile("(?<![\\w/~.])/[\\w.-]+(?:/[\\w.-]+)+"
            + "|(?<![\\w-])--[a-zA-Z][\\w-]*"
            + "|\\b[\\w$]+(?:\\.[\\w$]+)*\\(\\)"
            + "|\\b[A-Za-z_$][\\w$]*\\.[A-Za-z_$][\\w$]+\\b"
            + "|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b"
            + "|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"
            + "|\\b[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\\b");
    /** Dotted abbreviations, not names of code. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)e\\.g|i\\.e|etc|a\\.m|p\\.m|u\\.s");
    /**
     * A file name with the extension of a user's own data, text or script ("report.csv", "notes.md", "main.py"):
     * the user's file, which no manual holds, not a name the question asks the documents about. Configuration
     * files ("pg_hba.conf", "setup.cfg") and paths are still names of code.
     */
    private static final Pattern USER_FILE = Pattern.compile("(?i)[\\w-]+\\.(csv|tsv|txt|md|rst|json|jsonl|xml|ya?ml"
            + "|log|py|js|mjs|cjs|ts|java|go|rb|sh|sql|html?|pdf|docx?|xlsx?|png|jpe?g|gif|zip|tar|gz)");

    private CodeNames() {
    }

    /**
     * The question's names of code, as written in it, when no document of the index contains any of them; empty
     * when it names none or the documents hold one.
     */
    static List<String> missing(String question, KnowledgeIndex index) {
        List<String> names = names(question);
        for (String name : names) {
            if (index.documents().stream().map(SourceDocument::text).anyMatch(t -> AsciiCaseSearch.contains(t, name))) {
                return List.of();
            }
        }
        return names;
    }

    /** The names of code a question holds, calls without their brackets. */
    static List<String> names(String question) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            String name = m.group().endsWith("()") ? m.group().substring(0, m.group().length() - 2) : m.group();
            if (name.length() > 2 && !ABBREVIATION.matcher(name).matches() && !USER_FILE.matcher(name).matches()
                    && names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return names;
    }
}
