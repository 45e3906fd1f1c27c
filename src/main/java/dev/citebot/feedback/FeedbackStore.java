package dev.citebot.feedback;

import dev.citebot.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feedback kept as append-only JSON lines ({@code feedback.jsonl} in the data folder). Appends are serialised
 * so that lines never interleave; a line that cannot be parsed (a crash mid-write) is skipped when reading.
 * The file never grows past its cap: anyone may rate an answer, and a full disk would stop more than feedback.
 * Once full, new feedback is refused ({@link Full}) and what is stored is kept; exporting it and moving the
 * file away makes room. Citebot makes one store, which every front door shares; appends are serialised per file
 * within the process all the same (one lock per file, whichever store holds it), so no two stores on one file
 * can interleave their lines or both pass the cap.
 *
 * <p>Lines are written with the one JSON setup ({@link Json}), as {@link FeedbackLine}s: the export is the same.
 */
public final class FeedbackStore implements FeedbackLog {
    /** The cap when none is given (tests, tools): 10 MB, some tens of thousands of ratings. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** One lock per feedback file in this process, whichever store appends to it. */
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object lock;
    private final long maxBytes;

    public FeedbackStore(Path dataDir) {
        this(dataDir, DEFAULT_MAX_BYTES);
    }

    public FeedbackStore(Path dataDir, long maxBytes) {
        this.file = dataDir.resolve("feedback.jsonl");
        this.lock = LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
        this.maxBytes = maxBytes;
    }

    /**
     * Stores one rating.
     *
     * @throws Full        when the line would take the file past its cap
     * @throws Unavailable when the file cannot be written (a full disk, a read-only folder)
     */
    @Override
    public void append(Feedback feedback) {
        synchronized (lock) {
            appendLocked(feedback);
        }
    }

    private void appendLocked(Feedback feedback) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (Json.mapper().writeValueAsString(FeedbackLine.of(feedback)) + "\n").getBytes(StandardCharsets.UTF_8);
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size + line.length > maxBytes) {
                throw new Full(maxBytes);
            }
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new Unavailable("cannot store feedback in " + file + ": " + e, e);
        }
    }

    /** The feedback file has reached {@code feedback.max.bytes}. */
    public static final class Full extends RuntimeException {
        Full(long maxBytes) {
            super("the feedback file has reached its cap of " + maxBytes + " bytes");
        }
    }

    /** The feedback file cannot be written; the message names the file and the system's reason. */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Exception cause) {
            super(message, cause);
        }
    }

    @Override
    public List<Feedback> all() {
        synchronized (lock) {
            return allLocked();
        }
    }

    private List<Feedback> allLocked() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Feedback> all = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    all.add(Json.mapper().readValue(line, FeedbackLine.class).feedback());
                } catch (IOException | RuntimeException partial) {
                    // a line cut short by a crash (or with no readable time); the others are still good
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feedback from " + file, e);
        }
        return all;
    }
}
