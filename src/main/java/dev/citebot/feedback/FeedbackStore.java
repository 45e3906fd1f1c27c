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

/**
 * Feedback kept as append-only JSON lines ({@code feedback.jsonl} in the data folder). Appends are serialised
 * so that lines never interleave; a line that cannot be parsed (a crash mid-write) is skipped when reading.
 * The file never grows past its cap: anyone may rate an answer, and a full disk would stop more than feedback.
 * Once full, new feedback is refused ({@link Full}) and what is stored is kept; exporting it and moving the
 * file away makes room. Citebot makes one store, which every front door shares: appends are serialised by this
 * store alone, so a second one on the same file could interleave its lines with this one's.
 *
 * <p>Lines are written with the one JSON setup ({@link Json}), as {@link FeedbackLine}s: the export is the same.
 */
public final class FeedbackStore {
    /** The cap when none is given (tests, tools): 10 MB, some tens of thousands of ratings. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final Path file;
    private final long maxBytes;

    public FeedbackStore(Path dataDir) {
        this(dataDir, DEFAULT_MAX_BYTES);
    }

    public FeedbackStore(Path dataDir, long maxBytes) {
        this.file = dataDir.resolve("feedback.jsonl");
        this.maxBytes = maxBytes;
    }

    /**
     * Stores one rating.
     *
     * @throws Full        when the line would take the file past its cap
     * @throws Unavailable when the file cannot be written (a full disk, a read-only folder)
     */
    public synchronized void append(Feedback feedback) {
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
        Unavailable(String message, IOException cause) {
            super(message, cause);
        }
    }

    public synchronized List<Feedback> all() {
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
