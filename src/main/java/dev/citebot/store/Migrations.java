package dev.citebot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, made and brought up to date by Citebot at start. Each migration runs once, in order, recorded in
 * {@code schema_version}; all of them run in one transaction under an advisory lock, so replicas starting at the
 * same moment take turns and the second finds the work done. Migrations are only ever added, never edited.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** Advisory lock key of schema changes ("citebot" + 1). */
    static final long SCHEMA_LOCK = 0x636974_65626f74_1L;

    /** Migration {@code n} is {@code STEPS.get(n - 1)}. */
    static final List<List<String>> STEPS = List.of(List.of(
            "CREATE EXTENSION IF NOT EXISTS vector",
            """
            CREATE TABLE generations (
              id bigserial PRIMARY KEY,
              collection text NOT NULL,
              writer text NOT NULL,
              fingerprint text NOT NULL,
              started_at timestamptz NOT NULL DEFAULT now(),
              completed_at timestamptz)""",
            "CREATE INDEX generations_complete ON generations (collection, id) WHERE completed_at IS NOT NULL",
            """
            CREATE TABLE documents (
              generation bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
              ordinal int NOT NULL,
              id text NOT NULL,
              path text NOT NULL,
              title text NOT NULL,
              content_type text NOT NULL,
              text text NOT NULL,
              size_bytes bigint NOT NULL,
              sha256 text NOT NULL,
              headings text NOT NULL,
              vector_model text NOT NULL,
              vector_chunking text NOT NULL,
              PRIMARY KEY (generation, id))""",
            """
            CREATE TABLE passages (
              generation bigint NOT NULL,
              document text NOT NULL,
              number int NOT NULL,
              start_offset int NOT NULL,
              end_offset int NOT NULL,
              text text NOT NULL,
              embedding vector NOT NULL,
              sentence_vectors bytea,
              PRIMARY KEY (generation, document, number),
              FOREIGN KEY (generation, document) REFERENCES documents (generation, id) ON DELETE CASCADE)""",
            """
            CREATE TABLE feedback (
              id bigserial PRIMARY KEY,
              at timestamptz NOT NULL,
              source text NOT NULL,
              rating text NOT NULL,
              line text NOT NULL)""",
            """
            CREATE TABLE slack_seen_events (
              event_id text PRIMARY KEY,
              seen_at timestamptz NOT NULL DEFAULT now())"""),
            List.of("""
            CREATE TABLE slack_conversation_questions (
              id bigserial PRIMARY KEY,
              conversation text NOT NULL,
              question text NOT NULL,
              asked_at timestamptz NOT NULL DEFAULT now())""",
                    "CREATE INDEX slack_conversation_questions_by_conversation"
                            + " ON slack_conversation_questions (conversation, id)"),
            // What the writer made of each document before embedding it, so that readers split nothing: where its
            // languages stand (JSON) and each passage's sentence spans (packed ints). Null in older generations.
            List.of("ALTER TABLE documents ADD COLUMN languages text",
                    "ALTER TABLE passages ADD COLUMN sentence_spans bytea"),
            // Collections made through the upload API on the writer, which readers serve: name, creation time and
            // the SHA-256 digests of their own keys (JSON). Their indexes are generations of that collection.
            List.of("""
            CREATE TABLE collections (
              name text PRIMARY KEY,
              created text NOT NULL,
              key_digests text NOT NULL,
              writer text NOT NULL,
              updated_at timestamptz NOT NULL DEFAULT now())"""),
            // The collection each rating's answer came from; ratings stored before it was kept came from the default.
            List.of("ALTER TABLE feedback ADD COLUMN IF NOT EXISTS collection text NOT NULL DEFAULT 'default'"),
            // Incremental generations: a document's row and its passages are written once per (collection, document
            // key) and shared by every generation that holds the document unchanged; a generation is the ordered
            // list of its documents. The rows of existing generations move over (one row per distinct key), and
            // the old per-generation tables go.
            List.of("""
            CREATE TABLE stored_documents (
              id bigserial PRIMARY KEY,
              collection text NOT NULL,
              key text NOT NULL,
              written_by bigint NOT NULL,
              doc_id text NOT NULL,
              path text NOT NULL,
              title text NOT NULL,
              content_type text NOT NULL,
              text text NOT NULL,
              size_bytes bigint NOT NULL,
              sha256 text NOT NULL,
              headings text NOT NULL,
              vector_model text NOT NULL,
              vector_chunking text NOT NULL,
              languages text,
              UNIQUE (collection, key))""",
                    """
            CREATE TABLE stored_passages (
              document bigint NOT NULL REFERENCES stored_documents (id) ON DELETE CASCADE,
              number int NOT NULL,
              start_offset int NOT NULL,
              end_offset int NOT NULL,
              text text NOT NULL,
              embedding vector NOT NULL,
              sentence_vectors bytea,
              sentence_spans bytea,
              PRIMARY KEY (document, number))""",
                    """
            CREATE TABLE generation_documents (
              generation bigint NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
              ordinal int NOT NULL,
              document bigint NOT NULL REFERENCES stored_documents (id),
              PRIMARY KEY (generation, ordinal))""",
                    "CREATE INDEX generation_documents_by_document ON generation_documents (document)",
                    "CREATE TEMPORARY TABLE migrating_documents ON COMMIT DROP AS SELECT d.*, g.collection, "
                            + Generations.KEY_SQL + " AS key FROM documents d JOIN generations g ON g.id = d.generation",
                    """
            INSERT INTO stored_documents (collection, key, written_by, doc_id, path, title, content_type, text,
                size_bytes, sha256, headings, vector_model, vector_chunking, languages)
            SELECT DISTINCT ON (collection, key) collection, key, generation, id, path, title, content_type, text,
                size_bytes, sha256, headings, vector_model, vector_chunking, languages
            FROM migrating_documents ORDER BY collection, key, generation DESC""",
                    """
            INSERT INTO stored_passages (document, number, start_offset, end_offset, text, embedding,
                sentence_vectors, sentence_spans)
            SELECT s.id, p.number, p.start_offset, p.end_offset, p.text, p.embedding, p.sentence_vectors,
                p.sentence_spans
            FROM stored_documents s JOIN passages p ON p.generation = s.written_by AND p.document = s.doc_id""",
                    """
            INSERT INTO generation_documents (generation, ordinal, document)
            SELECT m.generation, m.ordinal, s.id
            FROM migrating_documents m JOIN stored_documents s ON s.collection = m.collection AND s.key = m.key""",
                    "DROP TABLE passages",
                    "DROP TABLE documents"),
            // The writer's statuses of a collection's documents (queued, indexing, ready, failed with its reason),
            // as the upload API lists them (JSON), for readers to show; null until the writer records them.
            List.of("ALTER TABLE collections ADD COLUMN documents text"),
            // A document's definition lists (JSON: each term's offsets and where its description ends); null in a
            // row written before they were kept, which the writer's keys no longer match if the document has any.
            List.of("ALTER TABLE stored_documents ADD COLUMN definitions text"));

    private Migrations() {
    }

    /** Brings the schema to the latest version; returns that version. */
    static int migrate(Database database) {
        return database.transaction(Migrations::migrate);
    }

    static int migrate(Connection c) throws SQLException {
        return migrate(c, STEPS.size());
    }

    /** Brings the schema to {@code target} (a test makes an older store with it). */
    static int migrate(Connection c, int target) throws SQLException {
        return migrate(c, STEPS, target);
    }

    /**
     * Runs the given migrations up to {@code target} under the schema lock, each once: the lock is held until the
     * caller's transaction commits, and the versions already applied are read after taking it, so a second replica
     * starting at the same moment waits, then finds the work done ({@code MigrationLockIT} proves it against a real
     * server with steps of its own).
     */
    static int migrate(Connection c, List<List<String>> steps, int target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
            int current;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                r.next();
                current = r.getInt(1);
            }
            for (int version = current + 1; version <= target; version++) {
                for (String sql : steps.get(version - 1)) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
                LOG.info("store schema migrated to version {}", version);
            }
            return Math.max(current, target);
        }
    }
}
