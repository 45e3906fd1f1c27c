package dev.citebot.reindex;

/** Told of every re-index run (metrics). */
public interface ReindexListener {
    /** A run starts now (the files it reads are those present from now on). */
    default void started(String reason) {
    }

    void reindexed(ReindexReport report);

    /** A run of a collection's folder (the seeds folder's collection is {@code default}). */
    default void reindexed(String collection, ReindexReport report) {
        reindexed(report);
    }

    void reindexFailed(long tookMs);

    /** A collection was deleted: its index is gone. */
    default void dropped(String collection) {
    }
}
