package dev.citebot.observability;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.citebot.config.ConfigException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Switches the log between JSON lines (one object per event, with the request id from the MDC) and text.
 * logback.xml picks {@code CITEBOT_LOG_FORMAT} on its own; this applies {@code log.format} from the config file.
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
        System.setProperty(PROPERTY, format); // read by logback.xml as ${CITEBOT_LOG_FORMAT}
        URL config = LogFormat.class.getResource("/logback.xml");
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot reconfigure logging", e);
        }
    }
}
