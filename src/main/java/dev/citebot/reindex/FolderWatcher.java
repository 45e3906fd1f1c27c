package dev.citebot.reindex;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the seeds folder and its sub-folders and asks for a re-index once changes have settled (a file
 * copied in fires many events; one re-index follows them all). Optionally also asks every so often, for file
 * systems that report no events. Content hashes, not events, decide what is parsed and embedded again.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path folder;
    private final Reindexer reindexer;
    private final ReindexSettings settings;
    private final WatchService watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "citebot-watch-timer");
        t.setDaemon(true);
        return t;
    });
    private final Thread loop;
    private ScheduledFuture<?> pending;

    public FolderWatcher(Path folder, Reindexer reindexer, ReindexSettings settings) throws IOException {
        this.folder = folder;
        this.reindexer = reindexer;
        this.settings = settings;
        this.watcher = folder.getFileSystem().newWatchService();
        registerTree(folder);
        this.loop = new Thread(this::watch, "citebot-watch");
        loop.setDaemon(true);
        loop.start();
        if (settings.intervalSeconds() > 0) {
            timer.scheduleWithFixedDelay(() -> reindexer.request("scheduled"), settings.intervalSeconds(),
                    settings.intervalSeconds(), TimeUnit.SECONDS);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                            && key.watchable() instanceof Path dir && Files.isDirectory(dir.resolve(name))) {
                        registerTree(dir.resolve(name));
                    }
                }
                key.reset();
                settle();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void settle() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> reindexer.request("files changed"), settings.settleMillis(), TimeUnit.MILLISECONDS);
    }

    // Links are not followed: a linked folder may lead outside the seeds folder, and is never read anyway.
    private void registerTree(Path dir) {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> !folder.relativize(d).toString().startsWith(".")).toList()) {
                d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot watch {} for changes: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        loop.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the folder watcher: {}", e.getMessage());
        }
    }
}
