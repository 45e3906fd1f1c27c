package dev.citebot.config;

/**
 * How one file's extraction is bounded beyond its size and text length.
 *
 * @param isolated       extract in a separate JVM (Tika pipes) that can be killed, rather than in this one
 * @param timeoutSeconds a file taking longer is abandoned and its parser process restarted
 * @param heapMb         the parser process's heap; a file needing more is abandoned the same way
 * @param workers        files parsed at once (each in a parser process of its own when isolated); 0: one per
 *                       available processor, at most {@link #MAX_AUTO_WORKERS}
 * @param idleSeconds    an idle parser process exits after this long, and the next file waits for a new one to
 *                       start (about 2 s)
 */
public record ParseLimits(boolean isolated, int timeoutSeconds, int heapMb, int workers, int idleSeconds) {
    /** Parsers started for {@code workers=0}: more would hold more parser heaps than a few cores can keep busy. */
    public static final int MAX_AUTO_WORKERS = 4;

    /** The default of {@code ingest.parser.idle.seconds}. */
    public static final int DEFAULT_IDLE_SECONDS = 600;

    public ParseLimits(boolean isolated, int timeoutSeconds, int heapMb) {
        this(isolated, timeoutSeconds, heapMb, 1);
    }

    public ParseLimits(boolean isolated, int timeoutSeconds, int heapMb, int workers) {
        this(isolated, timeoutSeconds, heapMb, workers, DEFAULT_IDLE_SECONDS);
    }

    public ParseLimits {
        if (workers < 0) {
            throw new ConfigException("ingest.parse.workers must be 0 (one per processor) or more, got " + workers);
        }
        if (timeoutSeconds < 1) {
            throw new ConfigException("ingest.parse.timeout.seconds must be at least 1, got " + timeoutSeconds);
        }
        if (idleSeconds < 1) {
            throw new ConfigException("ingest.parser.idle.seconds must be at least 1, got " + idleSeconds);
        }
        if (heapMb < 64) {
            throw new ConfigException("ingest.parser.heap.mb must be at least 64, got " + heapMb);
        }
    }

    public static ParseLimits from(Settings s) {
        String isolation = s.text("ingest.isolation");
        if (!isolation.equals("process") && !isolation.equals("none")) {
            throw new ConfigException("ingest.isolation must be process or none, got '" + isolation + "'");
        }
        return new ParseLimits(isolation.equals("process"), s.integer("ingest.parse.timeout.seconds"),
                s.integer("ingest.parser.heap.mb"), s.integer("ingest.parse.workers"),
                s.integer("ingest.parser.idle.seconds"));
    }

    /** Files parsed at once: {@code workers}, or for 0 one per available processor (at most four). */
    public int parallelism() {
        return workers > 0 ? workers : Math.min(MAX_AUTO_WORKERS, Runtime.getRuntime().availableProcessors());
    }
}
