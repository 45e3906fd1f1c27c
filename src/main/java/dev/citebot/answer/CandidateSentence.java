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
 */
public record CandidateSentence(int passage, int sentence, int passageRank, double dense, double lexical,
                                double score) {
}
