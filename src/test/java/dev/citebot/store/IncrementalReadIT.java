package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.citebot.config.StoreSettings;
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
 * A reader moving to a new generation reads from the store only the document rows that the generation it serves
 * does not hold (rows never change once written), against PGlite with pgvector: generations 1 (documents a, b) and
 * 2 (a unchanged, c new), written as the writer writes them, one row per distinct document.
 */
class IncrementalReadIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();

    @Test
    void aReaderMovingToANewGenerationReadsOnlyTheDocumentRowsItDoesNotHold() {
        Database database = new Database(new StoreSettings("postgres", DB.url(), "postgres", "postgres", true,
                Duration.ofSeconds(1)));
        Migrations.migrate(database);
        long[] generations = database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                long first = generation(s);
                long a = row(s, first, "a", "[1,0,0]");
                long b = row(s, first, "b", "[0,1,0]");
                list(s, first, a, b);
                long second = generation(s);
                long cRow = row(s, second, "c", "[0,0,1]");
                list(s, second, a, cRow);
                return new long[] {first, second};
            }
        });
        Generations stored = new Generations(database);

        StoredGeneration first = stored.read("default", generations[0], Map.of()).orElseThrow();
        assertEquals(2, first.readRows(), "a reader's first generation is read whole");
        // Row a broken in the store: a reader that read it again could not read the second generation.
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE stored_documents SET headings = 'not json' WHERE doc_id = 'a'");
            }
        });
        assertThrows(StoreUnavailable.class, () -> stored.read("default", generations[1], Map.of()),
                "read whole, the second generation reads row a again");

        StoredGeneration second = stored.read("default", generations[1], first.rows()).orElseThrow();
        assertEquals(1, second.readRows(), "only the new document's row is read");
        assertEquals(List.of("a", "c"), second.documents().documents().stream().map(SourceDocument::id).toList());
        SourceDocument heldA = first.documents().documents().get(0);
        assertSame(heldA, second.documents().documents().get(0), "document a is the one held");
        assertArrayEquals(new float[] {0, 0, 1},
                second.find(new VectorKey("sha-c", "model", "chunks")).orElseThrow().passages()[1]);
        assertEquals(2, second.rows().size(), "the rows held for the next generation are the second's");
        database.close();
    }

    private static long generation(Statement s) throws SQLException {
        return id(s, "INSERT INTO generations (collection, writer, fingerprint, completed_at)"
                + " VALUES ('default', 'a writer', 'f', now()) RETURNING id");
    }

    /** A document row with two passages, both with {@code vector}. */
    private static long row(Statement s, long generation, String id, String vector) throws SQLException {
        long row = id(s, "INSERT INTO stored_documents (collection, key, written_by, doc_id, path, title, content_type,"
                + " text, size_bytes, sha256, headings, vector_model, vector_chunking) VALUES ('default', 'key-" + id
                + "', " + generation + ", '" + id + "', '" + id + ".txt', 'Title " + id + "', 'text/plain',"
                + " 'First. Second.', 14, 'sha-" + id + "', '[]', 'model', 'chunks') RETURNING id");
        for (int n = 0; n < 2; n++) {
            s.execute("INSERT INTO stored_passages (document, number, start_offset, end_offset, text, embedding)"
                    + " VALUES (" + row + ", " + n + ", " + (n * 7) + ", " + (n * 7 + 6) + ", 'text', '" + vector
                    + "')");
        }
        return row;
    }

    private static void list(Statement s, long generation, long... rows) throws SQLException {
        for (int i = 0; i < rows.length; i++) {
            s.execute("INSERT INTO generation_documents (generation, ordinal, document) VALUES (" + generation + ", "
                    + i + ", " + rows[i] + ")");
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
