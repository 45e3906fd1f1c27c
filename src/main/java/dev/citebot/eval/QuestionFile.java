package dev.citebot.eval;

import dev.citebot.http.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a question file: one JSON object a line, {@code {"id", "question", "answers", "is_impossible"}}. */
final class QuestionFile {
    private QuestionFile() {
    }

    static List<EvalQuestion> read(Path file, int limit) throws IOException {
        ObjectMapper mapper = Json.mapper();
        List<EvalQuestion> questions = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            throw new IOException("no questions file at " + file.toAbsolutePath());
        }
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && questions.size() < limit) {
                questions.add(mapper.readValue(line, EvalQuestion.class));
            }
        }
        return questions;
    }
}
