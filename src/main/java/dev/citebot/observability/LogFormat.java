package dev.citebot.observability;

import ch.qos.logback.classic.LoggerContext;
import dev.citebot.config.ConfigException;
import org.slf4j.LoggerFactory;

/**
 * Switches the log between JSON lines (one object per event, with the request id from the MDC) and text.
 * {@link LogSetup} picks {@code CITEBOT_LOG_FORMAT} on its own; this applies {@code log.format} from the config file.
 */
public final class LogFormat {
    static final String PROPERTY = "CITEBOT_LOG_FORMAT";

    private LogFormat() {
    }

    public static void apply(String format) {
        if (!format.equals("json") && !format.equals("text")) {
            throw new ConfigException("log.format must be json or text, got '" + format + "'");
        }
        if (format.equals(System.getProperty(PROPERTY, System.getenv().getOrDefault(PROPERTY, "json")))
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        System.setProperty(PROPERTY, format);
        LogSetup.apply(context, format);
    }
}
