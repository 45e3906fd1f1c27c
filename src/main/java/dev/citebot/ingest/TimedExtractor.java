package dev.citebot.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds in-process extraction by time: each file is parsed on a worker thread and abandoned when it takes longer
 * than the timeout, so one endless file cannot stop the others from loading. Java cannot stop a thread stuck in a
 * loop, so an abandoned parse may go on using a core until it ends; the process isolation of
 * {@link IsolatedExtractor} kills it instead, and is the better choice where it works (see docs/operations.md).
 */
public final class TimedExtractor implements Extractor {
    private final Extractor parser;
    private final long timeoutSeconds;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "citebot-parse");
        t.setDaemon(true);
        return t;
    });

    public TimedExtractor(Extractor parser, long timeoutSeconds) {
        this.parser = parser;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public Extraction extract(Path file) throws IOException {
        Future<Extraction> parse = workers.submit(() -> parser.extract(file));
        try {
            return parse.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new IOException("parsing took longer than " + timeoutSeconds + " s; the file was skipped");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("parsing was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot parse: " + cause.getMessage(), cause);
        }
    }

    @Override
    public Ocr ocr() {
        return parser.ocr();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        parser.close();
    }
}
