package dev.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command end to end on a small in-repo set, its numbers checked against a hand count. */
class EvalCommandTest {
    private static final Path MINI = Path.of("src/test/resources/eval-mini");
    /** What the last run printed. */
    private String printed;

    @Test
    void citebotModeMatchesTheHandCount(@TempDir Path tmp) throws Exception {
        JsonNode report = run(tmp, "--docs", MINI.resolve("docs").toString(),
                "--questions", MINI.resolve("questions.jsonl").toString());
        // 3 answerable questions, each answered from its one document; 1 impossible question, declined
        assertEquals(4, report.get("questions").asInt());
        assertEquals(3, report.get("answerable").asInt());
        assertEquals(1, report.get("impossible").asInt());
        assertEquals(1.0, report.get("answer_at300").asDouble());
        assertEquals(1.0, report.get("hit_at1").asDouble());
        assertEquals(1.0, report.get("mrr").asDouble());
        assertEquals(1.0, report.get("refusal").asDouble());
        assertEquals(0.0, report.get("false_refusal").asDouble());
        assertConsistentWithItsRows(report);
        // the impossible question names a competition the documents never mention: that check declined it
        JsonNode impossible = report.get("results").get(3);
        assertEquals("m4", impossible.get("id").asText());
        assertEquals("NOT_MENTIONED", impossible.get("declined_by").asText());
        assertEquals(1, report.get("refusals_by").get("NOT_MENTIONED").asInt());
        assertEquals(0, report.get("false_refusals_by").size());
        assertTrue(printed.contains("declined by: answerable (false refusals) none; unanswerable NOT_MENTIONED 1"),
                printed);
    }

    @Test
    void peerModesRunThroughTheSameCommandAndNeverDecline(@TempDir Path tmp) throws Exception {
        for (String mode : new String[] {"naive", "bm25"}) {
            JsonNode report = run(tmp, "--docs", MINI.resolve("docs").toString(),
                    "--questions", MINI.resolve("questions.jsonl").toString(), "--mode", mode);
            assertEquals(mode, report.get("mode").asText());
            assertEquals(0.0, report.get("refusal").asDouble(), mode);
            assertEquals(1.0, report.get("hit_at3").asDouble(), mode);
            assertConsistentWithItsRows(report);
        }
    }

    @Test
    void beirModeScoresDocumentsByFileName(@TempDir Path tmp) throws Exception {
        JsonNode report = run(tmp, "--beir", MINI.toString());
        assertEquals(2, report.get("queries").asInt());
        assertEquals(1.0, report.get("ndcg_at10").asDouble());
        assertEquals(1.0, report.get("recall_at10").asDouble());
    }

    private static void assertConsistentWithItsRows(JsonNode report) {
        int answerable = 0;
        int at300 = 0;
        int hit1 = 0;
        for (JsonNode row : report.get("results")) {
            assertEquals(row.get("declined").asBoolean(), !row.get("declined_by").isNull(), row.toString());
            if (!row.get("impossible").asBoolean()) {
                answerable++;
                at300 += row.get("answer_at300").asBoolean() ? 1 : 0;
                hit1 += row.get("first_hit").asInt() == 1 ? 1 : 0;
            }
        }
        assertEquals((double) at300 / answerable, report.get("answer_at300").asDouble(), 1e-4);
        assertEquals((double) hit1 / answerable, report.get("hit_at1").asDouble(), 1e-4);
    }

    private JsonNode run(Path tmp, String... args) throws Exception {
        Path report = tmp.resolve("report-" + System.nanoTime() + ".json");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--report";
        all[args.length + 1] = report.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, EvalCommand.run(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8)));
        printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("| mode |"), "prints a table");
        return new ObjectMapper().readTree(report.toFile());
    }
}
