package dev.citebot.pipeline;

/** A ranked passage, as returned by search. */
public record SearchHit(int rank, String documentId, String path, String title, int passageIndex, int start, int end,
                        String text, double score, double dense, double bm25) {
}
