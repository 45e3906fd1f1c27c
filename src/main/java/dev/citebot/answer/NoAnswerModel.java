package dev.citebot.answer;

import dev.citebot.embed.Vectors;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the best sentence found really answers the question. A logistic model weighs how well the sentence
 * matched against signs that the question asks about something the sentence and its neighbours do not say:
 * a number, a name, a superlative or comparison, a negation, or the kind of answer a "when", "how many" or
 * "who" question wants. Its coefficients were fitted on seven dev sets together, each weighing the same: natural
 * questions over four manuals (Debian, Node.js, PostgreSQL, Python), the SQuAD 2.0 dev split (whose unanswerable
 * questions were written to look answerable from the very paragraph they are about), and two sets of questions
 * about the seed article. Fitted on SQuAD alone it declined plain questions worded unlike the text. {@code src/bench/tune_refusal.py} reads the features
 * {@code eval --dump} writes and prints them. The composer declines when the log-odds of "not answered here"
 * exceed {@code answer.refusal.threshold}.
 */
public final class NoAnswerModel {
    private static final double BIAS = 4.7541;
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "without", "none", "neither",
            "nor", "cannot", "nobody", "nothing");
    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Pattern COMPARISON = Pattern.compile("\\b(\\w+est|first|last|least|most|fewest|earliest"
            + "|latest|only|smallest|largest|highest|lowest|before|after|less|more|fewer|\\w+er than)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b");
    /** A capitalised word that does not open the question or one of its sentences. */
    private static final Pattern INNER_NAME = Pattern.compile("(?<!^)(?<![.?!] )\\b[A-Z][a-z]+");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+");
    private static final Pattern YEAR = Pattern.compile("\\b(1\\d{3}|20\\d{2})\\b");
    /** The English months' names, for the patterns of this package that read dates. */
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December";
    private static final Pattern MONTH = Pattern.compile("\\b(" + MONTHS + ")\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** The question's first question word: "how many" asks for a count, "which option controls how much" does not. */
    private static final Pattern FIRST_ASKING = Pattern.compile("(?i)\\b(how\\s+(?:many|much)|who|whom|whose|what"
            + "|which|when|where|why|how)\\b");
    /**
     * What a question says without asking it: a condition ("... if I don't set it?") or a contrast ("..., not just
     * the first one?"). A negation there is not the question's.
     */
    private static final Pattern NOT_ASKED = Pattern.compile("(?i)\\b(?:even\\s+if|if|unless|although|though)\\b[^,;?]*"
            + "|\\bnot\\s+(?:just|only|merely|simply)\\b");
    private static final Pattern YEAR_ASKED = Pattern.compile("(?i)\\b(what|which)\\s+year\\b");
    /** What answers "in what year": a year or a decade ("1685", "the 1990s"), a century, or an era's mark. */
    private static final Pattern YEAR_SAID = Pattern.compile("\\b(1\\d{3}|20\\d{2})s?\\b"
            + "|\\b\\d{1,2}(st|nd|rd|th)[ -][Cc]entury\\b|\\b(BC|BCE|AD|CE)\\b");
    /**
     * Words that answer "how many" without a number: "a single output", "only a few", "none of them", and what a
     * reference says a name gives: "Expands to the number of positional parameters", "returns the count of rows".
     */
    private static final Pattern QUANTITY = Pattern.compile("\\b(single|few|several|none|no|both|numerous|multiple"
            + "|(expands to|returns?|gives?|holds?|contains?|reports?|prints?|is set to|shows?|displays?) (the )?"
            + "(total )?(number|count) of"
            + "|dozens|hundreds|thousands|millions|billions|vast|little|quarter|majority|minority|percent)\\b");
    /**
     * "What is the population of ...?", "What was the total cost of ...?": nouns that only a quantity answers (not
     * "size" or "length", which a manual answers with "limited only by memory").
     */
    private static final Pattern QUANTITY_ASKED = Pattern.compile("(?i)^\\W*what(?:['’]s|\\s+is|\\s+was|\\s+are"
            + "|\\s+were)\\s+the\\s+(?:(?:approximate|estimated|total|current|overall|average)\\s+)?(?:population"
            + "|number|count|amount|percentage|proportion|age|price|cost|distance|temperature|speed)\\s+of\\b");
    private static final String AUXILIARY = "(did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)";
    /** "Who did Putin not ...", "Which country isn't ...": the negation belongs to what the question asks. */
    private static final Pattern NEGATED_AT_VERB = Pattern.compile("(?i)^\\W*(who|what|which|when|where|why|how)\\b"
            + "(\\s+[\\w'’-]+){0,4}?\\s+(" + AUXILIARY + "n['’]t|" + AUXILIARY + "(\\s+[\\w'’-]+){0,3}?\\s+(not|never))\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
            + "|million|billion|trillion|dozen|half|twice|once)\\b");

    /** A threshold this high turns the check off, the verb's negation included. */
    static final double OFF = 100;

    private final double threshold;

    /** @param threshold log-odds above which a question counts as not answered by the documents */
    public NoAnswerModel(double threshold) {
        this.threshold = threshold;
    }

    /**
     * The evidence, for the question's best candidate sentence.
     *
     * @param score                   the candidate's combined score
     * @param sentenceDense           cosine between question and sentence
     * @param passageDense            cosine between question and the sentence's passage
     * @param windowCoverage          share of the question terms' IDF found in the sentence and its neighbours
     * @param maxMissingIdf           the rarest question term missing from that window (IDF, over its maximum)
     * @param negationOnly            the question says "not" (or the like) and the window does not
     * @param comparisonsMissing      superlatives and comparisons of the question missing from the window
     * @param numbersMissing          numbers of the question missing from the window
     * @param namesMissing            capitalised words of the question missing from the window
     * @param answerKindMissing       a when/how-many/who question whose sentence has no date/number/new name
     * @param termsMissingFromPassage question terms missing from the whole passage
     * @param termsMissingFromWindow  question terms missing from the window
     * @param termCoverage            share of the question's terms (weighted by rarity) found anywhere in the
     *                                documents
     * @param deniedAtVerb            the question is negated at its verb ("Who did Putin not call?") and the
     *                                window says no such thing: it asks for what the sentence excludes, and is
     *                                declined whatever the rest says
     * @param countMissing            a "how many" or "how much" question whose window holds no number or quantity: it cannot
     *                                be the answer, so the question is declined whatever the rest says
     */
    public record Features(double score, double sentenceDense, double passageDense, double windowCoverage,
                           double maxMissingIdf, boolean negationOnly, int comparisonsMissing, int numbersMissing,
                           int namesMissing, boolean answerKindMissing, int termsMissingFromPassage,
                           int termsMissingFromWindow, double termCoverage, boolean deniedAtVerb,
                           boolean countMissing) {
    }

    /** Why the evidence does not answer the question; null when it may. */
    public Decline reason(Features f) {
        if (threshold >= OFF) {
            return null;
        }
        return f.deniedAtVerb() ? Decline.NEGATED_AT_VERB : f.countMissing() ? Decline.NO_COUNT
                : logOdds(f) > threshold ? Decline.MODEL : null;
    }

    /**
     * Log-odds below this: the best sentence answers the rest of the question so plainly that a name of it the
     * documents lack is the user's own (their variable in "logger.info", their server's "64GB") rather than what
     * the question is about. Of the dev questions with a name missing from the documents, the answerable ones on
     * the manuals lay below -1.9 and all but one of the unanswerable ones above -1.6; SQuAD's adversarial ones go
     * down to -3.6 (BENCHMARKS.md, session 13).
     */
    static final double BEYOND_DOUBT = -3.0;

    /** Whether the question is answered so plainly that a name the documents do not mention does not decline it. */
    public boolean answeredBeyondDoubt(Features f) {
        return threshold < OFF && logOdds(f) < BEYOND_DOUBT;
    }

    /** Log-odds that the documents do not answer the question. */
    public static double logOdds(Features f) {
        return BIAS
                - 3.4669 * f.score()
                - 2.2770 * f.sentenceDense()
                - 2.9516 * f.passageDense()
                - 2.2287 * f.windowCoverage()
                - 0.5012 * f.maxMissingIdf()
                + 1.0985 * (f.negationOnly() ? 1 : 0)
                + 0.1034 * f.comparisonsMissing()
                + 0.9413 * f.numbersMissing()
                + 0.7657 * f.namesMissing()
                + 1.3308 * (f.answerKindMissing() ? 1 : 0)
                - 0.0698 * f.termsMissingFromPassage()
                - 0.1292 * f.termsMissingFromWindow()
                + 0.7078 * f.termCoverage();
    }

    public static Features features(KnowledgeIndex index, String question, Query query, CandidateSentence best,
                                    double termCoverage) {
        int count = index.passage(best.passage()).sentences().size();
        int from = Math.max(0, best.sentence() - 1);
        int to = Math.min(count, best.sentence() + 2);
        StringBuilder window = new StringBuilder();
        for (int s = from; s < to; s++) {
            window.append(s > from ? " " : "").append(index.sentenceText(best.passage(), s));
        }
        List<Set<String>> sentenceTerms = new ArrayList<>(); // looked into, not merged: a question has few terms
        for (int s = 0; s < count; s++) {
            sentenceTerms.add(index.sentenceTerms(best.passage(), s));
        }
        List<Set<String>> windowTerms = sentenceTerms.subList(from, to);
        String context = window.toString();
        String sentence = index.sentenceText(best.passage(), best.sentence());

        Set<String> terms = new LinkedHashSet<>(query.terms());
        double totalIdf = 0;
        double coveredIdf = 0;
        double maxMissing = 0;
        int missingFromWindow = 0;
        int missingFromPassage = 0;
        for (String t : terms) {
            double idf = index.bm25().idf(t);
            totalIdf += idf;
            if (windowTerms.stream().anyMatch(s -> s.contains(t))) {
                coveredIdf += idf;
            } else {
                missingFromWindow++;
                maxMissing = Math.max(maxMissing, idf);
            }
            if (sentenceTerms.stream().noneMatch(s -> s.contains(t))) {
                missingFromPassage++;
            }
        }
        return new Features(best.score(), best.dense(), passageDense(query, index, best), totalIdf == 0 ? 0
                : coveredIdf / totalIdf, maxMissing / index.bm25().maxIdf(),
                negated(questioned(question)) && !negated(context) && !asksWhy(question),
                comparisonsMissing(question, context),
                missing(NUMBER, question, context, true), missing(INNER_NAME, question, context, false),
                answerKindMissing(question, sentence), missingFromPassage, missingFromWindow, termCoverage,
                NEGATED_AT_VERB.matcher(questioned(question)).find() && !negated(context) && !asksWhy(question),
                asksCount(question) && !givesCount(context));
    }

    private static double passageDense(Query query, KnowledgeIndex index, CandidateSentence best) {
        return Vectors.dot(query.vector(), index.passageVector(best.passage()));
    }

    /**
     * The sentence that asks: the last one ending in a question mark, else the last one. "My user can't reach the
     * modem. Which group ...?" is not a negated question; "Who did Putin not call?" is.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern HOW_MANY = Pattern.compile("how\\s+(many|much)");

    static String asked(String question) {
        String[] sentences = SENTENCE_END.split(question.strip());
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].endsWith("?")) {
                return sentences[i];
            }
        }
        return sentences[sentences.length - 1];
    }

    /** The sentence that asks, without its conditions and contrasts ({@link #NOT_ASKED}). */
    static String questioned(String question) {
        return NOT_ASKED.matcher(asked(question)).replaceAll(" ");
    }

    /**
     * "How many ...?" or "How much ...?": the count is what the question asks for, not a word inside it. So is "What
     * is the population of ...?": a quantity named right after "what is the" is what is asked.
     */
    static boolean asksCount(String question) {
        String asked = asked(question);
        Matcher first = FIRST_ASKING.matcher(asked);
        return first.find() && HOW_MANY.matcher(first.group(1).toLowerCase(Locale.ROOT)).matches()
                || QUANTITY_ASKED.matcher(asked).find();
    }

    /**
     * "Why shouldn't I pass user input to exec()?", "Why doesn't my script find the header?": a user asking why they
     * should not do something, or why their own thing does not work, asks for a reason, and the reason need not
     * repeat the negation ("Any input containing shell metacharacters may be used to trigger ..."). "Why was free
     * movement not based on citizenship?" states a negated fact, and stays a negated question.
     */
    private static final Pattern WHY_NOT_MINE = Pattern.compile("(?i)^\\W*why\\s+" + AUXILIARY
            + "n['’]t\\s+(i|we|you|my|our|your|it)\\b");

    static boolean asksWhy(String question) {
        return WHY_NOT_MINE.matcher(asked(question)).find();
    }

    static boolean negated(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            if (NEGATIONS.contains(m.group())) {
                return true;
            }
        }
        return lower.contains("n't");
    }

    static int comparisonsMissing(String question, String context) {
        Set<String> found = new HashSet<>();
        Matcher m = COMPARISON.matcher(question);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        String lower = context.toLowerCase(Locale.ROOT);
        return (int) found.stream().filter(w -> !lower.contains(w)).count();
    }

    /** Matches of the pattern in the question that the context does not contain (distinct ones, or every one). */
    static int missing(Pattern pattern, String question, String context, boolean distinct) {
        List<String> found = pattern.matcher(question).results().map(MatchResult::group).toList();
        return (int) (distinct ? found.stream().distinct() : found.stream()).filter(w -> !context.contains(w)).count();
    }

    /**
     * Why an answer composed for the question cannot be right, or null: it asks "in what year" and the quoted
     * sentences name no year, decade or century ({@link Decline#NO_YEAR}); or it asks "When did / was ...?" and they
     * say no time at all, nor the condition or moment something happens at ({@link Decline#NO_TIME}). Checked on
     * what would be quoted, since the year or time often stands in a sentence of its own.
     *
     * @param quoted the text of the quotes the answer would give, without its citation markers
     */
    public Decline answerDeclined(String question, String quoted) {
        if (threshold >= OFF) {
            return null;
        }
        return yearMissing(question, quoted) ? Decline.NO_YEAR : timeMissing(question, quoted) ? Decline.NO_TIME : null;
    }

    /** The question asks in what year, and the text names none. */
    static boolean yearMissing(String question, String text) {
        return YEAR_ASKED.matcher(question).find() && !YEAR_SAID.matcher(text).find();
    }

    /** "When did the junta take power?", "When is the hook run?": the sentence that asks opens with "when". */
    private static final Pattern WHEN_ASKED = Pattern.compile("(?i)^\\W*when\\s+(did|was|were|is|are|does|do|will"
            + "|would|has|have|had|can|could|should)\\b");
    /**
     * What answers "when": any digit (a year, a date, a version, a time of day), a month or a weekday, a word of
     * time ("ago", "later", "century", "startup"), or the condition or moment something happens at ("if", "once",
     * "after", "before", "until", "whenever", "as soon as"), as a manual answers "When is the hook run?".
     */
    private static final Pattern TIME_SAID = Pattern.compile("(?i)\\d|\\b(" + MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|today|yesterday|tomorrow|tonight|ago|since|until|till|after|afterwards|before|during|when|whenever"
            + "|once|while|if|unless|as soon as|each time|every time|later|earlier|recently|now|currently|then|times?"
            + "|morning|evening|night|noon|midnight|days?|weeks?|months?|years?|decades?|century|centuries|era"
            + "|period|season|spring|summer|autumn|fall|winter|hours?|minutes?|seconds?|moment|early|late|first"
            + "|last|next|previous|beginning|end|start|startup|boot|always|never|immediately|whether|upon"
            + "|following|prior|reign|age)\\b");

    /** The question asks "When did / was ...?", and the text says no time, moment or condition. */
    static boolean timeMissing(String question, String text) {
        return WHEN_ASKED.matcher(asked(question)).find() && !TIME_SAID.matcher(text).find();
    }

    private static final String MONTH_NAME = "(?:" + MONTHS + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    /**
     * A day of a month ("August 17", "17 August", "the 26th of July") or a date in figures ("2023-08-16",
     * "16/08/2023"): digits that say when, never how many.
     */
    private static final Pattern DATE = Pattern.compile("\\b" + MONTH_NAME + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + "(?!\\w)"
            + "|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    /**
     * Whether the text can answer "how many": it holds a number or a word of quantity other than a date's. "How
     * many soldiers ...?" is not answered by "meeting on Thursday (August 17)"; a year stays a number ("from 1066 to
     * 1087" answers "how many years").
     */
    static boolean givesCount(String text) {
        String undated = DATE.matcher(text).replaceAll(" ");
        return hasNumber(undated) || QUANTITY.matcher(undated.toLowerCase(Locale.ROOT)).find();
    }

    static boolean hasNumber(String sentence) {
        return DIGIT.matcher(sentence).find() || NUMBER_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    static boolean answerKindMissing(String question, String sentence) {
        String q = question.toLowerCase(Locale.ROOT);
        boolean when = q.startsWith("when") || q.contains("what year") || q.contains("which year")
                || q.contains("what century");
        boolean howMany = q.contains("how many") || q.contains("how much") || q.contains("how long")
                || q.contains("how old") || q.contains("what percentage");
        boolean who = q.startsWith("who") || q.contains(" who ");
        boolean number = (when || howMany) && hasNumber(sentence); // the sentence is read only for what is asked
        boolean dateMissing = when && !number && !YEAR.matcher(sentence).find() && !MONTH.matcher(sentence).find();
        if (dateMissing || howMany && !number) {
            return true;
        }
        if (!who) {
            return false;
        }
        Set<String> questionNames = new HashSet<>(NAME.matcher(question).results().map(MatchResult::group).toList());
        List<String> sentenceNames = NAME.matcher(sentence).results().map(MatchResult::group).toList();
        return sentenceNames.stream().skip(1).allMatch(questionNames::contains); // no name the question lacks
    }
}
