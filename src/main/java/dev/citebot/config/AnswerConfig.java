package dev.citebot.config;

/** How an extractive answer is composed, and when a question is declined. */
public record AnswerConfig(int maxSentences, double minScore, double minTermCoverage, double refusalThreshold,
                           double sentenceRatio, int closestMatches, RankingWeights weights) {
    public AnswerConfig {
        if (maxSentences < 1 || maxSentences > 3) {
            throw new ConfigException("answer.max.sentences must be 1 to 3, got " + maxSentences);
        }
    }
}
