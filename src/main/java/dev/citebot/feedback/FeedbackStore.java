package dev.citebot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
 */
public final class FeedbackStore {
    private final Path file;
    private ObjectMapper mapper; // built on first use: its time module costs start-up time no one may need

    public FeedbackStore(Path dataDir) {
        this.file = dataDir.resolve("feedback.jsonl");
    }

    public synchronized void append(Feedback feedback) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (mapper().writeValueAsString(feedback) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store feedback in " + file, e);
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
                    all.add(mapper().readValue(line, Feedback.class));
                } catch (IOException partial) {
                    // a line cut short by a crash; the others are still good
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feedback from " + file, e);
        }
        return all;
    }

    private ObjectMapper mapper() { // callers hold this store's lock
        if (mapper == null) {
            mapper = JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .build();
        }
        return mapper;
    }
}
