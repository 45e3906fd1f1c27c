package dev.citebot.answer;

/**
 * A sentence of a retrieved passage, scored as a possible answer.
 *
 * @param passage      number of the passage in the index
 * @param sentence     index of the sentence within the passage
 * @param passageRank  rank of its passage in retrieval, from 0
 * @param dense        cosine between the question and the sentence
 * @param lexical      share of the question's (IDF-weighted) terms the sentence contains
 * @param score        the combined score used to rank candidates
 * @param offers       the sentence holds the kind of thing the question asks for, which the question does not name
 *                     ({@link AnswerKind#offers})
 * @param showsAlone   the sentence is a line that shows, on its own, the kind of thing the question asks for: a
 *                     table row, a shell command line or a quoted command ({@link AnswerKind#showsAlone})
 */
public record CandidateSentence(int passage, int sentence, int passageRank, double dense, double lexical,
                                double score, boolean offers, boolean showsAlone) {
    public CandidateSentence(int passage, int sentence, int passageRank, double dense, double lexical, double score) {
        this(passage, sentence, passageRank, dense, lexical, score, false, false);
    }

    public CandidateSentence(int passage, int sentence, int passageRank, double dense, double lexical, double score,
                             boolean showsAlone) {
        this(passage, sentence, passageRank, dense, lexical, score, showsAlone, showsAlone);
    }
}
