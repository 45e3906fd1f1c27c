package dev.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.support.Citebots;
import dev.citebot.support.PgliteServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --set store=postgres} against a real Postgres protocol with real pgvector (PGlite): the seed's dev
 * questions asked of the writer's index and of a reader's index loaded from the generation it wrote, in one run,
 * with the same answers; the run's generation is removed from the store afterwards.
 */
class EvalThroughStoreIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();

    @Test
    void aReaderLoadedFromTheStoreScoresAsTheWriterOnTheSameQuestions(@TempDir Path tmp) throws Exception {
        Path questions = tmp.resolve("questions.jsonl");
        try (var in = getClass().getResourceAsStream("/seed-questions-dev.jsonl")) {
            Files.write(questions, in.readAllBytes());
        }
        Path report = tmp.resolve("report.json");
        Map<String, String> env = new HashMap<>();
        env.put("CITEBOT_CACHE_DIR", Citebots.temporary("citebot-eval-store-cache").toString());
        env.put("CITEBOT_STORE_USER", "postgres");
        env.put("CITEBOT_STORE_PASSWORD", "postgres");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = EvalCommand.run(new String[] {"--docs", Citebots.SEEDS.toString(), "--questions",
                questions.toString(), "--report", report.toString(), "--set", "store=postgres", "--set",
                "store.url=" + DB.url()}, env, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);

        JsonNode reports = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, reports.size(), "the writer's and the reader's reports: " + out);
        JsonNode writer = reports.get(0);
        JsonNode reader = reports.get(1);
        assertTrue(reader.get("mode").asText().contains("postgres reader"), reader.get("mode").asText());
        assertTrue(writer.get("answer_at300").asDouble() > 0.5, "the writer answers the seed's questions: " + out);
        for (String figure : new String[] {"answer_at300", "hit_at1", "hit_at5", "refusal", "false_refusal"}) {
            assertEquals(writer.get(figure).asDouble(), reader.get(figure).asDouble(), figure);
        }
        for (int i = 0; i < writer.get("results").size(); i++) {
            assertEquals(writer.get("results").get(i).get("answer").asText(),
                    reader.get("results").get(i).get("answer").asText(), "answer to question " + i);
        }
        assertTrue(out.contains("difference (second - first): answer@300 +0.0000"), out);
        assertTrue(out.matches("(?s).*written as generation \\d+ in \\d+ ms.*"), out);
        assertTrue(out.contains("(0 documents split again)"), "the reader split documents: " + out);

        try (Connection c = DriverManager.getConnection(DB.url(), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM generations")) {
            r.next();
            assertEquals(0, r.getInt(1), "the run's generation is removed from the store");
        }
    }
}
