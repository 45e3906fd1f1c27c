package dev.citebot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.index.Bm25Index;
import dev.citebot.text.Terms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryFeedbackTest {
    private final Terms terms = new Terms();
    /** The question's words are in 0 and 1, which also say "command" and "-c"; the answer, 3, says only those. */
    private final List<String> passages = List.of(
            "psql reads a single statement from the shell prompt as a command and runs it.",
            "From the shell, psql runs one statement given as a command string.",
            "The database server stores tables in files.",
            "-c command: specifies that psql is to execute the given command string and exit.",
            "Tables are listed with the \\dt shortcut.",
            "The server writes its log to a file.");
    private final Bm25Index bm25 = new Bm25Index(terms, passages);

    private Map<String, Double> feedback(String question, int count) {
        List<String> own = terms.of(question);
        List<Bm25Index.Hit> top = bm25.search(own, 2);
        return QueryFeedback.terms(bm25, passages.size(), own, top, p -> terms.of(passages.get(p)), count, 0.3);
    }

    @Test
    void aTermTheFirstPassagesShareIsAddedWithLessWeightThanTheQuestions() {
        Map<String, Double> added = feedback("run a single statement from the shell", 3);

        String command = terms.of("command").get(0);
        assertTrue(added.containsKey(command), added.toString());
        assertEquals(0.3, added.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 1e-12);
        added.keySet().forEach(t -> assertFalse(terms.of("run a single statement from the shell").contains(t), t));
    }

    @Test
    void theAddedTermsFindThePassageTheQuestionsWordsMiss() {
        List<String> own = terms.of("run a single statement from the shell");
        assertTrue(bm25.search(own, 10).stream().noneMatch(h -> h.passage() == 3), "the question alone misses it");

        List<Bm25Index.Hit> expanded = bm25.search(own, feedback("run a single statement from the shell", 3), 10);

        assertTrue(expanded.stream().anyMatch(h -> h.passage() == 3), expanded.toString());
        assertEquals(bm25.search(own, 2).stream().map(Bm25Index.Hit::passage).toList(),
                expanded.subList(0, 2).stream().map(Bm25Index.Hit::passage).toList(),
                "the question's own passages stay first");
    }

    @Test
    void noTermsAskedNoneAdded() {
        assertEquals(Map.of(), feedback("run a single statement from the shell", 0));
    }
}
