package dev.citebot.config;

/**
 * How one file's extraction is bounded beyond its size and text length.
 *
 * @param isolated       extract in a separate JVM (Tika pipes) that can be killed, rather than in this one
 * @param timeoutSeconds a file taking longer is abandoned and its parser process restarted
 * @param heapMb         the parser process's heap; a file needing more is abandoned the same way
 */
public record ParseLimits(boolean isolated, int timeoutSeconds, int heapMb) {
    public ParseLimits {
        if (timeoutSeconds < 1) {
            throw new ConfigException("ingest.parse.timeout.seconds must be at least 1, got " + timeoutSeconds);
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
                s.integer("ingest.parser.heap.mb"));
    }
}
