package dev.citebot.reindex;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import dev.citebot.config.ReindexSettings;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
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
 *
 * <p>A watch dies with its folder: a seeds folder deleted and created again would never be watched again. So
 * every {@link #FOLDER_CHECK_MILLIS} the folder's identity is checked; when a folder (the same or a new one) is
 * back, its tree is watched again and re-indexed. While it is missing nothing is re-indexed: questions are
 * answered from the last index, and {@code /ready} says the folder is missing.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** How often the seeds folder is checked for having gone or come back: cheap, and soon enough for people. */
    static final long FOLDER_CHECK_MILLIS = 1000;
    /** The identity of a folder on a file system that gives none (the folder is there; its inode is unknown). */
    private static final Object PRESENT = new Object();

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
    private Object watched; // the identity of the folder being watched; null while it is missing
    private volatile WatchKey root; // its watch, cancelled by the system when the folder goes (even if a new one has its inode)

    public FolderWatcher(Path folder, Reindexer reindexer, ReindexSettings settings) throws IOException {
        this.folder = folder;
        this.reindexer = reindexer;
        this.settings = settings;
        this.watcher = folder.getFileSystem().newWatchService();
        this.watched = identity(folder);
        registerTree(folder);
        this.loop = new Thread(this::watch, "citebot-watch");
        loop.setDaemon(true);
        loop.start();
        if (settings.intervalSeconds() > 0) {
            timer.scheduleWithFixedDelay(() -> reindexer.request("scheduled"), settings.intervalSeconds(),
                    settings.intervalSeconds(), TimeUnit.SECONDS);
        }
        timer.scheduleWithFixedDelay(this::checkFolder, FOLDER_CHECK_MILLIS, FOLDER_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Notices the seeds folder going away and coming back (as a new folder, or the old one moved back). */
    private synchronized void checkFolder() {
        Object now = identity(folder);
        if (Objects.equals(now, watched) && (now == null || root == null || root.isValid())) {
            return;
        }
        watched = now;
        if (now == null) {
            LOG.warn("the seeds folder {} is missing: questions are answered from the last index until it is back",
                    folder.toAbsolutePath().normalize());
            return;
        }
        LOG.info("the seeds folder {} is there again: watching and re-indexing it", folder.toAbsolutePath().normalize());
        registerTree(folder);
        settle();
    }

    private static Object identity(Path dir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
            return !attributes.isDirectory() ? null : attributes.fileKey() != null ? attributes.fileKey() : PRESENT;
        } catch (IOException missing) {
            return null;
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
        pending = timer.schedule(() -> {
            if (Files.isDirectory(folder)) { // gone: nothing to index, the last index stays
                reindexer.request("files changed");
            }
        }, settings.settleMillis(), TimeUnit.MILLISECONDS);
    }

    // Links are not followed: a linked folder may lead outside the seeds folder, and is never read anyway.
    private void registerTree(Path dir) {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> !folder.relativize(d).toString().startsWith(".")).toList()) {
                WatchKey key = d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                if (d.equals(folder)) {
                    root = key;
                }
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
