package dev.citebot.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Citebot's logging, set up in code (found by logback through {@code META-INF/services}): one console appender
 * on standard error, JSON lines (one object per event, with the request id as {@code mdc.request_id}) or text
 * for people, chosen by {@code CITEBOT_LOG_FORMAT}. Parsing an XML file for this cost about a fifth of a second
 * of every start. Messages never hold document text, questions or keys.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /**
     * Control characters in a message (a file name with a newline or a terminal escape) cannot forge a line or
     * repaint the terminal: a line break is written as the two characters {@code \n}, any other as {@code ?}.
     */
    static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20}%replace( [%X{request_id}]){' \\[\\]', ''}"
            + " - %replace(%replace(%msg){'\\r?\\n', '\\\\n'}){'[\\x00-\\x08\\x0a-\\x1f\\x7f]', '?'}%n";

    /** Libraries that speak only when something is wrong. */
    static final Map<String, Level> QUIET = Map.ofEntries(
            Map.entry("org.eclipse.jetty", Level.WARN),
            Map.entry("io.javalin", Level.WARN),
            Map.entry("org.apache.tika", Level.WARN),
            // the parser process reports its own timeouts and crashes; Citebot logs each failed file once
            Map.entry("org.apache.tika.pipes", Level.ERROR),
            Map.entry("org.apache.tika.pipes.PipesServer", Level.OFF),
            Map.entry("org.apache.pdfbox", Level.ERROR),
            Map.entry("org.apache.fontbox", Level.ERROR),
            Map.entry("org.apache.poi", Level.WARN),
            Map.entry("ai.djl", Level.WARN),
            Map.entry("ai.djl.util.cuda", Level.ERROR));

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String requested = LogFormat.requested();
        apply(context, requested.equals("text") || requested.equals("json") ? requested
                : LogFormat.resolve("auto", System.console() != null)); // a bad value is reported with the config's

        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Replaces whatever the context had with Citebot's setup in the given format ({@code json} or {@code text}). */
    static void apply(LoggerContext context, String format) {
        context.reset();
        Encoder<ILoggingEvent> encoder = "text".equals(format) ? text(context) : json(context);
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(format);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.start();
        return encoder;
    }
}
