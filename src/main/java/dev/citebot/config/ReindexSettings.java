package dev.citebot.config;


/**
 * @param watch           re-index when files in the seeds folder change
 * @param settleMillis    quiet time after the last change before re-indexing
 * @param intervalSeconds also re-index this often; 0: never
 */
public record ReindexSettings(boolean watch, long settleMillis, long intervalSeconds) {
    public ReindexSettings {
        if (settleMillis < 0 || intervalSeconds < 0) {
            throw new ConfigException("reindex.settle.millis and reindex.interval.seconds must be 0 or more");
        }
    }

    public static ReindexSettings from(Settings s) {
        return new ReindexSettings(s.flag("reindex.watch"), s.longValue("reindex.settle.millis"),
                s.longValue("reindex.interval.seconds"));
    }
}
