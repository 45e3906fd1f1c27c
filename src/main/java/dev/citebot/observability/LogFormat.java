package dev.citebot.observability;

import ch.qos.logback.classic.LoggerContext;
import dev.citebot.config.ConfigException;
import org.slf4j.LoggerFactory;

/**
 * Switches the log between JSON lines (one object per event, with the request id from the MDC) and text.
 * {@link LogSetup} picks {@code CITEBOT_LOG_FORMAT} on its own; this applies {@code log.format} from the config file.
 * {@code auto} is text when Citebot runs at a terminal (people read it) and JSON otherwise (a collector reads it).
 */
public final class LogFormat {
    static final String PROPERTY = "CITEBOT_LOG_FORMAT";

    private LogFormat() {
    }

    public static void apply(String configured) {
        String format = resolve(configured, System.console() != null);
        if (format.equals(resolve(requested(), System.console() != null))
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        System.setProperty(PROPERTY, format);
        LogSetup.apply(context, format);
    }

    /** The format asked for before the config file is read: the system property or the environment. */
    static String requested() {
        return System.getProperty(PROPERTY, System.getenv().getOrDefault(PROPERTY, "auto"));
    }

    /** {@code json} or {@code text}: {@code auto} by whether a person is at the terminal. */
    static String resolve(String format, boolean terminal) {
        return switch (format) {
            case "json", "text" -> format;
            case "auto" -> terminal ? "text" : "json";
            default -> throw new ConfigException("log.format must be auto, json or text, got '" + format + "'");
        };
    }
}
