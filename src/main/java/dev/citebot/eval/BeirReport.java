package dev.citebot.eval;

/** Document-level retrieval quality on a BEIR data set. */
public record BeirReport(String mode, int queries, double ndcgAt10, double recallAt10, double recallAt100,
                         long p50Ms, long ingestMs) {
}
