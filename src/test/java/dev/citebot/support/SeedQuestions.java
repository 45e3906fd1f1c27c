package dev.citebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The seed dev questions (a copy of ../shared/bench/seed/questions-dev.jsonl kept in the test resources). */
public final class SeedQuestions {
    public record SeedQuestion(String id, String question, List<String> answers, boolean impossible) {
        @Override
        public String toString() {
            return id + ": " + question;
        }
    }

    private SeedQuestions() {
    }

    public static List<SeedQuestion> all() {
        ObjectMapper mapper = new ObjectMapper();
        List<SeedQuestion> questions = new ArrayList<>();
        try (InputStream in = SeedQuestions.class.getResourceAsStream("/seed-questions-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                List<String> answers = new ArrayList<>();
                node.get("answers").forEach(a -> answers.add(a.asText()));
                questions.add(new SeedQuestion(node.get("id").asText(), node.get("question").asText(), answers,
                        node.get("is_impossible").asBoolean()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }

    public static List<SeedQuestion> answerable() {
        return all().stream().filter(q -> !q.impossible()).toList();
    }

    public static List<SeedQuestion> impossible() {
        return all().stream().filter(SeedQuestion::impossible).toList();
    }
}
