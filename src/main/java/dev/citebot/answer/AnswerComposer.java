package dev.citebot.answer;

import dev.citebot.config.AnswerConfig;
import dev.citebot.config.Prompts;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.ScoredPassage;
import java.util.ArrayList;
import java.util.List;

/**
 * Composes an extractive answer: the best one to three sentences of the retrieved passages, each followed
 * by its citation marker. Declines instead when the question's names are not in the documents, when too
 * little of the question is covered by the documents, or when no sentence scores above the threshold.
 */
public final class AnswerComposer {
    public static final String MODE = "extractive";

    private final AnswerConfig config;
    private final Prompts prompts;
    private final SentenceRanker ranker;
    private final KeyTerms keyTerms;

    public AnswerComposer(AnswerConfig config, Prompts prompts, SentenceRanker ranker, KeyTerms keyTerms) {
        this.config = config;
        this.prompts = prompts;
        this.ranker = ranker;
        this.keyTerms = keyTerms;
    }

    /**
     * @param question       the user's own words (names are checked on these alone)
     * @param questionTerms  the analysed terms of the user's own words
     * @param query          what retrieval searched for (may include the conversation)
     */
    public Answer compose(KnowledgeIndex index, String question, List<String> questionTerms, Query query,
                          List<ScoredPassage> retrieved) {
        if (index.isEmpty() || retrieved.isEmpty()) {
            return decline(prompts.refusal(), index, retrieved);
        }
        List<String> missing = keyTerms.missing(question, index.bm25());
        if (!missing.isEmpty()) {
            return decline(prompts.notFound(String.join(", ", missing)), index, retrieved);
        }
        if (keyTerms.coverage(questionTerms, index.bm25()) < config.minTermCoverage()) {
            return decline(prompts.refusal(), index, retrieved);
        }
        List<CandidateSentence> ranked = ranker.rank(index, query, retrieved);
        if (ranked.isEmpty() || ranked.get(0).score() < config.minScore()) {
            return decline(prompts.refusal(), index, retrieved);
        }
        return answerWith(index, chooseSentences(ranked));
    }

    List<CandidateSentence> chooseSentences(List<CandidateSentence> ranked) {
        CandidateSentence best = ranked.get(0);
        List<CandidateSentence> chosen = new ArrayList<>(List.of(best));
        for (CandidateSentence c : ranked.subList(1, ranked.size())) {
            if (chosen.size() >= config.maxSentences() || c.score() < best.score() * config.sentenceRatio()) {
                break;
            }
            chosen.add(c);
        }
        return chosen;
    }

    private Answer answerWith(KnowledgeIndex index, List<CandidateSentence> chosen) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (CandidateSentence c : chosen) {
            Citation citation = CitationBuilder.forSentence(citations.size() + 1, index, c.passage(), c.sentence(),
                    c.score());
            citations.add(citation);
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(oneLine(citation.quote())).append(" [").append(citation.n()).append(']');
        }
        return new Answer(text.toString(), true, citations, List.of(), MODE, 0);
    }

    private Answer decline(String message, KnowledgeIndex index, List<ScoredPassage> retrieved) {
        List<Citation> closest = new ArrayList<>();
        for (ScoredPassage p : retrieved.subList(0, Math.min(config.closestMatches(), retrieved.size()))) {
            closest.add(CitationBuilder.forPassage(closest.size() + 1, index, p.passage(), Math.max(0, p.dense())));
        }
        String text = closest.isEmpty() ? message : message + " " + prompts.closestMatches();
        return new Answer(text, false, List.of(), closest, MODE, 0);
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip();
    }
}
