package dev.citebot.config;

/**
 * How an extractive answer is composed, and when a question is declined.
 *
 * @param shownRatio a line that shows what the question asks for on its own (a table row, a command line) is quoted
 *                   first when it scores at least this share of the best sentence; above 1, never
 */
public record AnswerConfig(int maxSentences, double minScore, double minTermCoverage, double refusalThreshold,
                           double sentenceRatio, double shownRatio, int closestMatches, RankingWeights weights) {
    public AnswerConfig {
        if (maxSentences < 1 || maxSentences > 3) {
            throw new ConfigException("answer.max.sentences must be 1 to 3, got " + maxSentences);
        }
        if (shownRatio < 0) {
            throw new ConfigException("answer.shown.ratio must be 0 or more, got " + shownRatio);
        }
    }
}
