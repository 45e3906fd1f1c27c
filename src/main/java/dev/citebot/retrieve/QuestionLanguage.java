package dev.citebot.retrieve;

import dev.citebot.index.KnowledgeIndex;
import dev.citebot.text.Languages;
import dev.citebot.text.Scripts;
import dev.citebot.text.Terms;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Optional;

/**
 * The language a question is read in, and the one it is answered in.
 *
 * @param analysis the language its terms are made by: the language it is written in when the detector is sure and
 *                 the documents have it; else (short questions say too little) the documents' language, of those
 *                 written in the question's script, whose analysis of the question finds most of it in the documents
 * @param reply    the language the bot's own words are written in: the detected language, else {@code analysis}
 */
public record QuestionLanguage(String analysis, String reply) {

    public static QuestionLanguage of(String question, KnowledgeIndex index, Terms terms) {
        Optional<String> detected = terms.languages().detectQuestion(question);
        List<String> collection = index.languages();
        if (collection.isEmpty() || detected.isPresent() && collection.contains(detected.get())) {
            String language = detected.orElse(Languages.ENGLISH);
            return new QuestionLanguage(language, language);
        }
        String analysis = bestCandidate(question, index, terms, collection);
        return new QuestionLanguage(analysis, detected.orElse(analysis));
    }

    /** Of the collection's languages in the question's script, the one whose terms the documents hold most of. */
    private static String bestCandidate(String question, KnowledgeIndex index, Terms terms, List<String> collection) {
        UnicodeScript script = Scripts.dominant(question);
        List<String> candidates = collection.stream().filter(l -> index.script(l) == script).toList();
        if (candidates.isEmpty()) {
            candidates = collection;
        }
        String best = candidates.get(0);
        double bestShare = candidates.size() == 1 ? 0 : foundShare(question, best, index, terms);
        for (String candidate : candidates.subList(1, candidates.size())) {
            double share = foundShare(question, candidate, index, terms);
            if (share > bestShare) { // strictly: ties go to the more common language
                best = candidate;
                bestShare = share;
            }
        }
        return best;
    }

    /** Share of the question's terms (weighted by rarity) that some passage contains, under a language's analysis. */
    private static double foundShare(String question, String language, KnowledgeIndex index, Terms terms) {
        double total = 0;
        double found = 0;
        for (String term : terms.of(question, language)) {
            double idf = index.bm25().idf(term);
            total += idf;
            found += index.bm25().passagesWith(term) > 0 ? idf : 0;
        }
        return total == 0 ? 0 : found / total;
    }
}
