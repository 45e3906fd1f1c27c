package dev.citebot.store;

import static dev.citebot.support.Sql.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.StoreSettings;
import dev.citebot.index.DocumentVectors;
import dev.citebot.index.VectorKey;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.support.PgliteServer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store made by the version before incremental generations (schema version 5: each generation its own copy of
 * every document and passage), migrated on a real Postgres protocol with real pgvector (PGlite): its generations
 * read as before, each distinct document is stored once per collection and listed by every generation that held it,
 * and the rows' keys are those the writer computes, so its next generation reuses them.
 */
class StoreMigrationsIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();

    @Test
    void aStoreOfPerGenerationCopiesMigratesToSharedDocumentRowsAndReadsTheSame() throws Exception {
        Database database = new Database(new StoreSettings("postgres", DB.url(), "postgres", "postgres", true,
                Duration.ofSeconds(1)));
        assertEquals(5, (int) database.transaction(c -> Migrations.migrate(c, 5)));
        long[] generations = database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                long first = generation(s, "default");
                document(s, first, 0, "a", "[1,0,0]");
                document(s, first, 1, "b", "[0,1,0]");
                long second = generation(s, "default");
                document(s, second, 0, "a", "[1,0,0]");
                document(s, second, 1, "c", "[0,0,1]");
                long other = generation(s, "hr");
                document(s, other, 0, "a", "[1,0,0]");
                return new long[] {first, second, other};
            }
        });

        assertEquals(Migrations.STEPS.size(), Migrations.migrate(database));

        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                assertEquals(List.of("default a", "default b", "default c", "hr a"), strings(s,
                        "SELECT collection || ' ' || doc_id FROM stored_documents ORDER BY 1"),
                        "one row per distinct document and collection");
                assertEquals(List.of("8"), strings(s, "SELECT count(*) FROM stored_passages"));
                assertEquals(List.of(generations[0] + " a", generations[0] + " b", generations[1] + " a",
                        generations[1] + " c", generations[2] + " a"), strings(s, "SELECT g.generation || ' '"
                        + " || d.doc_id FROM generation_documents g JOIN stored_documents d ON d.id = g.document"
                        + " ORDER BY g.generation, g.ordinal"));
                assertEquals(List.of("t"), strings(s, "SELECT to_regclass('documents') IS NULL"
                        + " AND to_regclass('passages') IS NULL"), "the per-generation tables are gone");
                for (String row : strings(s, "SELECT key || ' ' || doc_id FROM stored_documents")) {
                    String id = row.substring(row.indexOf(' ') + 1);
                    assertEquals(Generations.key(id, id + ".txt", new VectorKey("sha-" + id, "model", "chunks"),
                            false, false), row.substring(0, row.indexOf(' ')), "the writer's key of " + id);
                }
            }
            return null;
        });

        StoredGeneration second = new Generations(database).read("default", generations[1], Map.of()).orElseThrow();
        assertEquals(List.of("a", "c"), second.documents().documents().stream().map(SourceDocument::id).toList());
        DocumentVectors c = second.find(new VectorKey("sha-c", "model", "chunks")).orElseThrow();
        assertEquals(2, c.passages().length);
        assertArrayEquals(new float[] {0, 0, 1}, c.passages()[1]);
        assertTrue(new Generations(database).read("default", generations[2], Map.of()).isEmpty(),
                "a generation of another collection is not this one's");
        database.close();
    }

    private static long generation(Statement s, String collection) throws SQLException {
        try (ResultSet r = s.executeQuery("INSERT INTO generations (collection, writer, fingerprint, completed_at)"
                + " VALUES ('" + collection + "', 'an older writer', 'old', now()) RETURNING id")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A document of schema version 5 with two passages, stored before passages' sentences were kept. */
    private static void document(Statement s, long generation, int ordinal, String id, String vector)
            throws SQLException {
        s.execute("INSERT INTO documents (generation, ordinal, id, path, title, content_type, text, size_bytes,"
                + " sha256, headings, vector_model, vector_chunking) VALUES (" + generation + ", " + ordinal + ", '"
                + id + "', '" + id + ".txt', 'Title " + id + "', 'text/plain', 'First. Second.', 14, 'sha-" + id
                + "', '[]', 'model', 'chunks')");
        for (int n = 0; n < 2; n++) {
            s.execute("INSERT INTO passages (generation, document, number, start_offset, end_offset, text, embedding)"
                    + " VALUES (" + generation + ", '" + id + "', " + n + ", " + (n * 7) + ", " + (n * 7 + 7)
                    + ", 'Passage', '" + vector + "')");
        }
    }
}
