package dev.citebot.reindex;

/** Told of every re-index run (metrics). */
public interface ReindexListener {
    /** A run starts now (the files it reads are those present from now on). */
    default void started(String reason) {
    }

    void reindexed(ReindexReport report);

    void reindexFailed(long tookMs);
}
