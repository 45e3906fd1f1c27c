package dev.citebot.ingest;

import dev.citebot.config.ParseLimits;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.PriorityBlockingQueue;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Extracts text with Tika pipes: Tika's own forked parser process, started with the same class path as this
 * JVM (so it works from the shaded jar and under the test runner alike). A file that loops or runs too long
 * is stopped at the timeout and a file that exhausts the parser's heap takes only that process down; Tika
 * restarts it for the next file and this JVM, with the index and the HTTP server, never notices. We chose it
 * over threads with timeouts because a thread stuck in a parser's endless loop cannot be stopped in Java and
 * would keep a processor and its memory forever; a process can be killed.
 */
public final class IsolatedExtractor implements Extractor {
    static final String FETCHER = "files";
    private static final int MAX_EMBEDDED = 1000;

    private final int maxChars;
    private final ParseLimits limits;
    private final Ocr ocr;
    private Path configFile;
    /** One parser process each, started on first use; a file takes the free one of lowest number. */
    private final PipesParser[] parsers;
    private final PriorityBlockingQueue<Integer> free = new PriorityBlockingQueue<>();

    public IsolatedExtractor(int maxChars, ParseLimits limits, Ocr ocr) {
        this.maxChars = maxChars;
        this.limits = limits;
        this.ocr = ocr;
        this.parsers = new PipesParser[limits.parallelism()];
        for (int i = 0; i < parsers.length; i++) {
            free.add(i);
        }
    }

    @Override
    public Ocr ocr() {
        return ocr;
    }

    /**
     * Tika and its parser process are set up when a file is first parsed: a restart whose texts all come from
     * the cache never loads them. Parsers past the first start only when files are parsed at once, and a file
     * parsed alone always goes to the first, the one most likely still running.
     */
    private synchronized PipesParser parser(int slot) {
        if (parsers[slot] == null) {
            try {
                if (configFile == null) {
                    configFile = Files.createTempFile("citebot-tika-pipes-", ".xml");
                    configFile.toFile().deleteOnExit(); // also when a command ends without closing its pipeline
                    Files.writeString(configFile, PipesSetup.xml(FETCHER, limits));
                }
                parsers[slot] = new PipesParser(PipesConfig.load(configFile));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set up the isolated parser", e);
            } catch (TikaConfigException e) {
                throw new IllegalStateException("cannot set up the isolated parser: " + e.getMessage(), e);
            }
        }
        return parsers[slot];
    }

    @Override
    public Extraction extract(Path file) throws IOException {
        PipesResult result = parse(file.toAbsolutePath().normalize());
        return switch (result.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, PARSE_EXCEPTION_EMIT, EMIT_SUCCESS ->
                    PipesOutcome.extraction(result, maxChars);
            case TIMEOUT -> throw new IOException("parsing took longer than " + limits.timeoutSeconds()
                    + " s; the parser was stopped");
            case OOM -> throw new IOException("parsing needed more than " + limits.heapMb()
                    + " MB of memory; the parser was stopped");
            case UNSPECIFIED_CRASH -> throw new IOException("the parser crashed on this file; it was restarted");
            case INTERRUPTED_EXCEPTION -> throw new InterruptedIOException("parsing was interrupted");
            default -> throw new IOException("cannot read the file (" + result.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ")");
        };
    }

    private PipesResult parse(Path file) throws IOException {
        ParseContext context = new ParseContext();
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
                HandlerConfig.PARSE_MODE.CONCATENATE, maxChars, MAX_EMBEDDED, true));
        ocr.configure(context);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String key = file.toString().substring(file.getRoot().toString().length());
        Integer slot = null;
        try {
            slot = free.take();
            return parser(slot).parse(new FetchEmitTuple(key, new FetchKey(FETCHER, key), EmitKey.NO_EMIT, metadata,
                    context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("parsing was interrupted");
        } catch (PipesException e) {
            throw new IOException("the parser process is not available: " + e.getMessage(), e);
        } finally {
            if (slot != null) {
                free.add(slot);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (configFile == null) {
            return;
        }
        try {
            for (PipesParser parser : parsers) {
                if (parser != null) {
                    parser.close();
                }
            }
            Files.deleteIfExists(configFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
