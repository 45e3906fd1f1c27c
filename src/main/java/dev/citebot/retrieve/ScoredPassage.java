package dev.citebot.retrieve;

/**
 * A retrieved passage.
 *
 * @param passage number of the passage in the index
 * @param score   the ranking score of the retrieval mode (fused, dense or BM25)
 * @param dense   cosine similarity between question and passage vectors
 * @param bm25    BM25 score (0 when BM25 did not find it)
 */
public record ScoredPassage(int passage, double score, double dense, double bm25) {
}
