package dev.citebot.answer;

import dev.citebot.config.AnswerConfig;
import dev.citebot.config.Prompts;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.ScoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Composes an extractive answer: the best one to three sentences of the retrieved passages, each followed
 * by its citation marker. Declines instead when the question's names are not in the documents (unless the best
 * sentence answers the rest of it beyond doubt: {@link NoAnswerModel#answeredBeyondDoubt}), when too
 * little of the question is covered by the documents, when no sentence scores above the threshold, or when the
 * best sentence does not say what the question asks about ({@link NoAnswerModel}).
 */
public final class AnswerComposer {
    public static final String MODE = "extractive";

    private final AnswerConfig config;
    private final Prompts prompts;
    private final SentenceRanker ranker;
    private final KeyTerms keyTerms;
    private final NoAnswerModel noAnswer;

    public AnswerComposer(AnswerConfig config, Prompts prompts, SentenceRanker ranker, KeyTerms keyTerms) {
        this.config = config;
        this.prompts = prompts;
        this.ranker = ranker;
        this.keyTerms = keyTerms;
        this.noAnswer = new NoAnswerModel(config.refusalThreshold());
    }

    /**
     * An answer and the passages it read, best evidence first.
     *
     * @param declinedBy the check that declined the question; null when it is answered
     */
    public record Composition(Answer answer, List<ScoredPassage> passages, Decline declinedBy) {
        Composition(Answer answer, List<ScoredPassage> passages) {
            this(answer, passages, null);
        }
    }

    /** Weight of the passage's own similarity beside its best sentence when passages are put in order. */
    static final double PASSAGE_WEIGHT = 0.2;

    /**
     * @param question       the user's own words (names are checked on these alone)
     * @param questionTerms  the analysed terms of the user's own words
     * @param query          what retrieval searched for (may include the conversation)
     */
    public Composition compose(KnowledgeIndex index, String question, List<String> questionTerms, Query query,
                               List<ScoredPassage> retrieved) {
        return compose(index, question, questionTerms, query, retrieved, AnswerLanguage.ENGLISH);
    }

    /**
     * As {@link #compose(KnowledgeIndex, String, List, Query, List)} for a question in any language: refusals are
     * written in its language (English when there is no translation), names are looked for by its language's
     * rules, and the refusal model, whose signals are English, judges English questions only (others are declined
     * for missing names and numbers and for too little of the question found in the documents).
     */
    public Composition compose(KnowledgeIndex index, String question, List<String> questionTerms, Query query,
                               List<ScoredPassage> retrieved, AnswerLanguage language) {
        Prompts prompts = this.prompts.in(language.reply());
        if (retrieved.isEmpty() && !index.isEmpty() && index.documents().size() == 1) {
            // A question about the one document ("Wann wurde dieser Artikel geschrieben?") shares no word with it,
            // and only English questions are also searched by meaning: it is still about that document.
            Optional<Answer> aboutDocument = AboutDocument.answer(index, question, 0);
            if (aboutDocument.isPresent()) {
                return new Composition(aboutDocument.get(), retrieved);
            }
        }
        if (index.isEmpty() || retrieved.isEmpty()) {
            return declined(Decline.NO_PASSAGES, prompts, prompts.refusal(), index, retrieved);
        }
        List<CandidateSentence> ranked = ranker.rank(index, query, retrieved);
        List<ScoredPassage> passages = byEvidence(retrieved, ranked);
        Optional<Answer> aboutDocument = AboutDocument.answer(index, question, passages.get(0).passage());
        if (aboutDocument.isPresent()) {
            return new Composition(aboutDocument.get(), passages);
        }
        List<String> missing = keyTerms.unmentioned(question, index, query.language(), language);
        double coverage = keyTerms.coverage(questionTerms, index.bm25());
        // The refusal model's evidence, weighed once: by the missing-name check and by the model below.
        NoAnswerModel.Features features = language.english() && !ranked.isEmpty()
                ? NoAnswerModel.features(index, question, query, ranked.get(0), coverage) : null;
        if (!missing.isEmpty() && !(features != null && noAnswer.answeredBeyondDoubt(features))) {
            return declined(Decline.NOT_MENTIONED, prompts, prompts.notFound(String.join(", ", missing)), index,
                    passages);
        }
        Decline reason = coverage < config.minTermCoverage() ? Decline.LOW_COVERAGE
                : ranked.isEmpty() || ranked.get(0).score() < config.minScore() ? Decline.WEAK_MATCH
                : features != null ? noAnswer.reason(features) : null;
        if (reason != null) {
            return declined(reason, prompts, prompts.refusal(), index, passages);
        }
        Answer answer = answerWith(index, query.text(), ranked, chooseSentences(ranked));
        Decline wrongKind = language.english() ? noAnswer.answerDeclined(question, quoted(answer)) : null;
        if (wrongKind != null) {
            return declined(wrongKind, prompts, prompts.refusal(), index, passages);
        }
        return new Composition(answer, passages);
    }

    private Composition declined(Decline reason, Prompts prompts, String message, KnowledgeIndex index,
                                 List<ScoredPassage> passages) {
        return new Composition(decline(prompts, message, index, passages), passages, reason);
    }

    /** Passages ordered by their best sentence (plus a little of their own similarity): better than retrieval's order. */
    static List<ScoredPassage> byEvidence(List<ScoredPassage> retrieved, List<CandidateSentence> ranked) {
        Map<Integer, Double> best = new HashMap<>();
        for (CandidateSentence c : ranked) {
            best.merge(c.passage(), c.score(), Math::max);
        }
        List<ScoredPassage> ordered = new ArrayList<>(retrieved);
        ordered.sort(Comparator.comparingDouble(
                (ScoredPassage p) -> best.getOrDefault(p.passage(), 0.0) + PASSAGE_WEIGHT * p.dense()).reversed());
        return ordered;
    }

    /**
     * The candidates close enough to the best one to be quoted, best first (more than will be quoted); when the
     * question asks for a command, path or number and the best sentence is prose, a line that shows one comes first
     * if it is nearly as good ({@link AnswerConfig#shownRatio()}).
     */
    List<CandidateSentence> chooseSentences(List<CandidateSentence> ranked) {
        CandidateSentence best = ranked.get(0);
        List<CandidateSentence> chosen = new ArrayList<>(List.of(best));
        for (CandidateSentence c : ranked.subList(1, ranked.size())) {
            if (c.score() < best.score() * config.sentenceRatio()) {
                break;
            }
            chosen.add(c);
        }
        if (!best.showsAlone()) {
            ranked.stream().skip(1).takeWhile(c -> c.score() >= best.score() * config.shownRatio())
                    .filter(CandidateSentence::showsAlone).findFirst().ifPresent(line -> {
                        chosen.remove(line);
                        chosen.add(0, line);
                    });
        }
        return chosen;
    }

    /**
     * Quotes up to {@code answer.max.sentences} of the chosen sentences, each once and the same words once (a lead-in
     * may quote the next).
     * Each is quoted with the label its paragraph stands under, and the first, when it is the only one, a short one
     * with the sentence after it in its paragraph, if that one is about the question too
     * ({@link CitationBuilder.Reach}). A sentence chosen right after one it follows in the same paragraph is quoted
     * together with it, as one quote ({@link CitationBuilder#follows}); it still counts as a sentence of its own.
     */
    private Answer answerWith(KnowledgeIndex index, String asked, List<CandidateSentence> ranked,
                              List<CandidateSentence> chosen) {
        List<Citation> citations = new ArrayList<>();
        CandidateSentence first = chosen.get(0); // always quoted: nothing comes before it to overlap
        boolean firstEchoes = Echo.of(asked, index.sentenceText(first.passage(), first.sentence()));
        boolean firstWithNext = firstEchoes || nextOffers(index, asked, ranked, first);
        boolean joined = false;
        int quoted = 0; // sentences quoted, a joined one included
        for (CandidateSentence c : chosen) {
            if (quoted >= config.maxSentences()) {
                break;
            }
            CitationBuilder.Reach reach = !citations.isEmpty() ? CitationBuilder.Reach.LABELLED
                    : firstEchoes ? CitationBuilder.Reach.PAST_ECHO
                    : firstWithNext ? CitationBuilder.Reach.WITH_NEXT : CitationBuilder.Reach.FIRST;
            Citation citation = CitationBuilder.forSentence(citations.size() + 1, index, c.passage(), c.sentence(),
                    c.score(), reach);
            if (citations.stream().anyMatch(earlier -> quotesOverlap(earlier, citation) || sameWords(earlier, citation))) {
                continue;
            }
            Citation last = citations.isEmpty() ? null : citations.get(citations.size() - 1);
            String text = index.document(citation.documentId()).orElseThrow().text();
            if (last != null && CitationBuilder.follows(text, last, citation)) {
                citations.set(citations.size() - 1, CitationBuilder.joined(text, last, citation));
                joined = true;
                quoted++;
                continue;
            }
            citations.add(citation);
            quoted++;
        }
        if (citations.size() == 1 && !firstWithNext && !joined) {
            int passage = first.passage();
            citations.set(0, CitationBuilder.forSentence(1, index, passage, first.sentence(), first.score(),
                    CitationBuilder.Reach.ONLY, next -> aboutTheQuestion(ranked, passage, next)));
        }
        return new Answer(text(citations), true, citations, List.of(), MODE, 0);
    }

    /**
     * The answer's text: each quote on one line with its marker, a quote's section name in front of it
     * ({@link Citation#section}) once for quotes of one section in a row, and not at all when the quote before it
     * already shows that name (it was quoted with its label: "\timing [ on | off ] With a parameter, ...").
     */
    static String text(List<Citation> citations) {
        StringBuilder text = new StringBuilder();
        String section = "";
        String previous = "";
        for (Citation citation : citations) {
            if (text.length() > 0) {
                text.append(' ');
            }
            String quote = oneLine(citation.quote());
            if (!citation.section().isEmpty() && !citation.section().equals(section)
                    && !previous.contains(oneLine(citation.section()))) {
                text.append(citation.section()).append(": ");
            }
            section = citation.section();
            previous = quote;
            text.append(quote).append(" [").append(citation.n()).append(']');
        }
        return text.toString();
    }

    /**
     * The sentence does not hold the kind of thing the question asks for (a command, a number, a reason), and the
     * next one of its paragraph does: in its passage, or first in the next one when the passage ends with it.
     */
    private static boolean nextOffers(KnowledgeIndex index, String asked, List<CandidateSentence> ranked,
                                      CandidateSentence c) {
        if (c.offers()) {
            return false;
        }
        if (ranked.stream().anyMatch(n -> n.passage() == c.passage() && n.sentence() == c.sentence() + 1
                && n.offers())) {
            return true;
        }
        String next = CitationBuilder.nextAcross(index, c.passage(), c.sentence());
        AnswerKind.Kind kind = AnswerKind.of(asked);
        return next != null && kind != AnswerKind.Kind.NONE && AnswerKind.offers(kind, asked, next);
    }

    /** A sentence no nearer to the question than this, with none of its terms, is not quoted as a next sentence. */
    static final double MIN_NEXT_SIMILARITY = 0.3;

    /**
     * Whether a passage's sentence is about the question: it holds one of the question's terms or comes near it.
     * A next sentence that is about something else ("Note to AI assistants: ...") is not quoted.
     */
    private static boolean aboutTheQuestion(List<CandidateSentence> ranked, int passage, int sentence) {
        return ranked.stream().anyMatch(c -> c.passage() == passage && c.sentence() == sentence
                && (c.lexical() > 0 || c.dense() >= MIN_NEXT_SIMILARITY));
    }

    /** The closest passages are the best few by evidence, listed by the similarity each one shows as its score. */
    private Answer decline(Prompts prompts, String message, KnowledgeIndex index, List<ScoredPassage> retrieved) {
        List<ScoredPassage> nearest = new ArrayList<>(retrieved.subList(0, Math.min(config.closestMatches(),
                retrieved.size())));
        nearest.sort(Comparator.comparingDouble(ScoredPassage::dense).reversed());
        List<Citation> closest = new ArrayList<>();
        for (ScoredPassage p : nearest) {
            closest.add(CitationBuilder.forPassage(closest.size() + 1, index, p.passage(), Math.max(0, p.dense())));
        }
        String text = closest.isEmpty() ? message : message + " " + prompts.closestMatches();
        return new Answer(text, false, List.of(), closest, MODE, 0);
    }

    /** What an answer quotes, each quote after its section name: its text without the citation markers. */
    private static String quoted(Answer answer) {
        StringBuilder text = new StringBuilder();
        for (Citation c : answer.citations()) {
            text.append(c.section()).append(' ').append(c.quote()).append('\n');
        }
        return text.toString();
    }

    /** The same words quoted from two places (a manual repeats a warning under each function): quoted once. */
    private static boolean sameWords(Citation a, Citation b) {
        return oneLine(a.quote()).equalsIgnoreCase(oneLine(b.quote()));
    }

    private static boolean quotesOverlap(Citation a, Citation b) {
        return a.documentId().equals(b.documentId()) && a.quoteStart() < b.quoteEnd() && b.quoteStart() < a.quoteEnd();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static String oneLine(String sentence) {
        return WHITESPACE.matcher(sentence).replaceAll(" ").strip();
    }
}
