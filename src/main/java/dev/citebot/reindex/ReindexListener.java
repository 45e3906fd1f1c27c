package dev.citebot.reindex;

/** Told of every re-index run (metrics). */
public interface ReindexListener {
    void reindexed(ReindexReport report);

    void reindexFailed(long tookMs);
}
