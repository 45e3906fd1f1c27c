package dev.citebot.config;

/**
 * How much each kind of evidence counts when answer sentences are ranked (tuned on dev data, see
 * BENCHMARKS.md). They are normalised to sum to 1, so a sentence's score stays in 0..1.
 *
 * @param dense    cosine between the question and the sentence
 * @param lexical  share of the question's rare terms in the sentence
 * @param context  cosine between the question and the sentence's whole passage
 * @param window   share of the question's rare terms in the sentence and its neighbours
 * @param bm25     BM25 score of the passage, relative to the best retrieved passage
 * @param kind     the sentence shows the kind of thing the question asks for (a command, path or number) that the
 *                 question does not name itself
 */
public record RankingWeights(double dense, double lexical, double context, double window, double bm25, double kind) {
    public RankingWeights {
        double sum = dense + lexical + context + window + bm25 + kind;
        if (dense < 0 || lexical < 0 || context < 0 || window < 0 || bm25 < 0 || kind < 0 || sum <= 0) {
            throw new ConfigException("answer.weight.* must be zero or more, and not all zero");
        }
    }

    public RankingWeights normalised() {
        double sum = dense + lexical + context + window + bm25 + kind;
        return new RankingWeights(dense / sum, lexical / sum, context / sum, window / sum, bm25 / sum, kind / sum);
    }
}
