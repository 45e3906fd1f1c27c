package dev.citebot.answer;

import dev.citebot.index.Bm25Index;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.text.Languages;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks that a question's key terms occur somewhere in the documents. Key terms are the names in the
 * question (capitalised words after its first word; runs of them are one name), words with a digit ("1990s",
 * "IPv6"), years, and numbers that go on a name ("Git 2.40", "PostgreSQL 16"). A question about a name no document
 * mentions cannot be answered from the documents, however close some passage looks. Other numbers are not names:
 * a version the user runs ("behaves differently on 5.2"), an example of the output they want ("001 002 ... 100"),
 * a value or a quantity may well be missing from a manual that answers the question. A near spelling in the
 * documents counts as mentioned, so a typo in a name does not decline the question.
 */
public final class KeyTerms {
    private final Terms terms;

    public KeyTerms(Terms terms) {
        this.terms = terms;
    }

    /** The names and numbers of an English question that no passage contains, as written in the question. */
    public List<String> missing(String question, Bm25Index index) {
        return missing(question, index, Languages.ENGLISH, AnswerLanguage.ENGLISH);
    }

    /**
     * The names and numbers of a question that no passage contains, its words analysed in {@code analysis}. In a
     * language that capitalises every noun, a name is known by a digit or a capital inside the word ("iPhone",
     * "NATO") alone: "Wann wurde die Brücke gebaut?" asks about no name.
     */
    public List<String> missing(String question, Bm25Index index, String analysis, AnswerLanguage language) {
        Set<String> missing = new LinkedHashSet<>();
        List<Terms.Token> name = new ArrayList<>();
        boolean nameMissing = false;
        Set<Integer> sentenceStarts = sentenceStarts(question);
        for (Terms.Token token : terms.tokens(question, analysis)) {
            boolean continues = !name.isEmpty() && adjacent(question, name.get(name.size() - 1), token);
            boolean key = !sentenceStarts.contains(token.start()) && (figures(question, token)
                    ? continues || yearLike(question, token) : isKey(question, token, language));
            if (!name.isEmpty() && (!key || !continues)) {
                if (nameMissing) {
                    missing.add(question.substring(name.get(0).start(), name.get(name.size() - 1).end()));
                }
                name.clear();
                nameMissing = false;
            }
            if (key) {
                name.add(token);
                nameMissing |= !index.mentions(token.term());
            }
        }
        if (!name.isEmpty() && nameMissing) {
            missing.add(question.substring(name.get(0).start(), name.get(name.size() - 1).end()));
        }
        return List.copyOf(missing);
    }

    /**
     * What a question names that no document holds, so that it is declined naming them: its names and numbers
     * ({@link #missing(String, Bm25Index, String, AnswerLanguage)}), its names of code ({@link CodeNames}) and, in a
     * question written in English ({@link AnswerLanguage#writtenInEnglish}), the names it writes in lower case
     * ({@link UnfamiliarNames}),
     * except those that only describe the user's own setup ({@link OwnSetup}: "My Flask app ...") or stand aside
     * from what is asked ({@link Asides}: "an env var like DB_HOST", "without piping to sed").
     */
    public List<String> unmentioned(String question, KnowledgeIndex index, String analysis, AnswerLanguage language) {
        List<String> missing = new ArrayList<>(missing(question, index.bm25(), analysis, language));
        CodeNames.missing(question, index).stream().filter(name -> !missing.contains(name)).forEach(missing::add);
        if (language.writtenInEnglish()) {
            UnfamiliarNames.missing(question, index.bm25(), terms).stream().filter(name -> !missing.contains(name))
                    .forEach(missing::add);
        }
        missing.removeIf(term -> OwnSetup.describes(question, term) || Asides.aside(question, term));
        return List.copyOf(missing);
    }

    /** The analysed terms of the question's names and numbers. */
    public List<String> keyTermStems(String question) {
        Set<Integer> sentenceStarts = sentenceStarts(question);
        return terms.tokens(question).stream()
                .filter(t -> !sentenceStarts.contains(t.start()) && isKey(question, t))
                .map(Terms.Token::term).toList();
    }

    /** "I'm", "I've", "I'd", "I'll": the pronoun, written with a capital in every sentence. */
    private static final Pattern I_CONTRACTION =
            Pattern.compile("I['’](m|ve|d|ll)");

    /** A number in figures alone: "5.2", "001", "28.0", "26,860", "3:30"; not "1990s", "IPv6" or "O3". */
    private static final Pattern FIGURES = Pattern.compile("[0-9][0-9.,:/-]*");
    private static final Pattern YEAR = Pattern.compile("[12][0-9]{3}");

    private static boolean figures(String question, Terms.Token token) {
        return FIGURES.matcher(question.substring(token.start(), token.end())).matches();
    }

    /**
     * A year in four figures, 1000 to 2100: "What happened in 1885?" asks about that year. Shorter numbers are more
     * often a quantity or a code of the user's ("100 rows", "chmod 755") than a year.
     */
    private static boolean yearLike(String question, Terms.Token token) {
        String word = question.substring(token.start(), token.end());
        return YEAR.matcher(word).matches() && Integer.parseInt(word) <= 2100;
    }

    private static boolean isKey(String question, Terms.Token token) {
        return isKey(question, token, AnswerLanguage.ENGLISH);
    }

    private static boolean isKey(String question, Terms.Token token, AnswerLanguage language) {
        String word = question.substring(token.start(), token.end());
        if (word.length() < 2 || I_CONTRACTION.matcher(word).matches()) {
            return false; // "I", "A", "I'm", "I've": capitalised, but not names
        }
        if (word.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return language.capitalisesNouns() ? word.substring(1).chars().anyMatch(Character::isUpperCase)
                : Character.isUpperCase(word.charAt(0));
    }

    /** Two words belong to one name when only spaces or hyphens stand between them. */
    private static boolean adjacent(String question, Terms.Token before, Terms.Token after) {
        for (int i = before.end(); i < after.start(); i++) {
            if (" \t\n\u000B\f\r-".indexOf(question.charAt(i)) < 0) { // regex \s, or a hyphen
                return false;
            }
        }
        return true;
    }

    /** Marks that open a sentence in other languages: Spanish "¿" and "¡", quotation marks «, „, ‹, 「 and 『. */
    private static final String OPENERS = "¿¡«„‹「『";

    /**
     * Where the question's sentences start: a capital there is grammar, not a name ("Where is X? Please answer"
     * must not look for a "Please" in the documents).
     */
    static Set<Integer> sentenceStarts(String question) {
        Set<Integer> starts = new HashSet<>();
        boolean atStart = true;
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (atStart) {
                    starts.add(i);
                }
                atStart = false;
            } else if (c == '?' || c == '!' || (c == '.' && i > 0 && Character.isLowerCase(question.charAt(i - 1)))) {
                atStart = i + 1 >= question.length() || Character.isWhitespace(question.charAt(i + 1)); // not "U.S."
            } else if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && OPENERS.indexOf(c) < 0) {
                atStart = false;
            }
        }
        return starts;
    }

    /** Share of the question's terms (weighted by rarity) that occur somewhere in the documents. */
    public double coverage(List<String> questionTerms, Bm25Index index) {
        double total = 0;
        double seen = 0;
        for (String t : questionTerms) {
            double idf = index.idf(t);
            total += idf;
            if (index.passagesWith(t) > 0) {
                seen += idf;
            }
        }
        return total == 0 ? 0 : seen / total;
    }
}
