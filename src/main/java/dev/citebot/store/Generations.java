package dev.citebot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.citebot.chunk.Passage;
import dev.citebot.http.Json;
import dev.citebot.index.DocumentVectors;
import dev.citebot.index.IndexedDocument;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.index.SplitDocument;
import dev.citebot.index.VectorKey;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's generations in the store. The writer writes a whole index as a new generation and marks it complete
 * in the same transaction, under an advisory lock (a second writer is refused, not interleaved); readers only ever
 * read complete generations. The latest two complete generations of a collection are kept.
 */
final class Generations {
    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);
    /** Advisory lock key of writing generations. */
    static final long WRITER_LOCK = Migrations.SCHEMA_LOCK + 1;
    private static final int BATCH = 200;

    private final Database database;

    Generations(Database database) {
        this.database = database;
    }

    /** What became of a write. */
    sealed interface Written {
        /** A new complete generation. */
        record Generation(long id, int documents, int passages) implements Written {
        }

        /** The latest complete generation holds the same documents and vectors already. */
        record Unchanged(long id) implements Written {
        }

        /** Another writer holds the lock: nothing was written. */
        record Refused() implements Written {
        }
    }

    Written write(String collection, KnowledgeIndex index, String writer) {
        List<IndexedDocument> documents = index.indexedDocuments();
        String fingerprint = fingerprint(documents);
        return database.transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet locked = s.executeQuery("SELECT pg_try_advisory_xact_lock(" + WRITER_LOCK + ")")) {
                locked.next();
                if (!locked.getBoolean(1)) {
                    return new Written.Refused();
                }
            }
            OptionalLong latest = latest(c, collection);
            if (latest.isPresent() && fingerprint.equals(fingerprintOf(c, latest.getAsLong()))) {
                return new Written.Unchanged(latest.getAsLong());
            }
            long id = begin(c, collection, writer, fingerprint);
            LOG.info("writing generation {} to the store: {} documents", id, documents.size());
            if (!documents.isEmpty() && documents.get(0).vectors().passages().length > 0) {
                searchIndex(c, documents.get(0).vectors().passages()[0].length);
            }
            int passages = insert(c, id, index, documents);
            try (PreparedStatement done = c.prepareStatement(
                    "UPDATE generations SET completed_at = now() WHERE id = ?")) {
                done.setLong(1, id);
                done.executeUpdate();
            }
            try (PreparedStatement old = c.prepareStatement("DELETE FROM generations WHERE collection = ? AND id < "
                    + "(SELECT coalesce(max(id), 0) FROM generations WHERE collection = ? AND id < ?"
                    + " AND completed_at IS NOT NULL)")) {
                old.setString(1, collection);
                old.setString(2, collection);
                old.setLong(3, id);
                old.executeUpdate();
            }
            return new Written.Generation(id, documents.size(), passages);
        });
    }

    /** Removes every generation of {@code collection} (its documents and passages go with them). */
    static int forget(Connection c, String collection) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM generations WHERE collection = ?")) {
            s.setString(1, collection);
            return s.executeUpdate();
        }
    }

    /** The id of the latest complete generation of a collection, if there is one. */
    OptionalLong latest(String collection) {
        return database.transaction(c -> latest(c, collection));
    }

    /** The latest complete generation if it is newer than {@code after}. */
    Optional<StoredGeneration> newerThan(String collection, long after) {
        return database.transaction(c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                OptionalLong latest = latest(c, collection);
                if (latest.isEmpty() || latest.getAsLong() <= after) {
                    return Optional.empty();
                }
                return Optional.of(read(c, latest.getAsLong()));
            } finally {
                c.commit();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        });
    }

    private static OptionalLong latest(Connection c, String collection) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(id) FROM generations WHERE collection = ?"
                + " AND completed_at IS NOT NULL")) {
            s.setString(1, collection);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
            }
        }
    }

    private static String fingerprintOf(Connection c, long generation) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT fingerprint FROM generations WHERE id = ?")) {
            s.setLong(1, generation);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private static long begin(Connection c, String collection, String writer, String fingerprint)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO generations (collection, writer, fingerprint) VALUES (?, ?, ?) RETURNING id")) {
            s.setString(1, collection);
            s.setString(2, writer);
            s.setString(3, fingerprint);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * pgvector's HNSW index over the passage vectors of one dimension (an HNSW index needs a fixed dimension and the
     * column takes any model's), for search inside the database.
     */
    private static void searchIndex(Connection c, int dimensions) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS passages_embedding_hnsw_" + dimensions + " ON passages USING hnsw"
                    + " ((embedding::vector(" + dimensions + ")) vector_cosine_ops)"
                    + " WHERE vector_dims(embedding) = " + dimensions);
        }
    }

    private static int insert(Connection c, long generation, KnowledgeIndex index, List<IndexedDocument> documents)
            throws SQLException {
        Map<String, List<Passage>> passagesOf = new HashMap<>();
        index.passages().forEach(p -> passagesOf.computeIfAbsent(p.documentId(), d -> new ArrayList<>()).add(p));
        int written = 0;
        try (PreparedStatement docs = c.prepareStatement("INSERT INTO documents (generation, ordinal, id, path, title,"
                + " content_type, text, size_bytes, sha256, headings, vector_model, vector_chunking, languages)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement passages = c.prepareStatement("INSERT INTO passages (generation, document, number,"
                     + " start_offset, end_offset, text, embedding, sentence_vectors, sentence_spans)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?::vector, ?, ?)")) {
            for (int d = 0; d < documents.size(); d++) {
                IndexedDocument indexed = documents.get(d);
                SourceDocument doc = indexed.document();
                docs.setLong(1, generation);
                docs.setInt(2, d);
                docs.setString(3, doc.id());
                docs.setString(4, doc.path());
                docs.setString(5, doc.title());
                docs.setString(6, doc.contentType());
                docs.setString(7, doc.text());
                docs.setLong(8, doc.sizeBytes());
                docs.setString(9, doc.sha256());
                docs.setString(10, json(doc.headings()));
                docs.setString(11, indexed.key().model());
                docs.setString(12, indexed.key().chunking());
                docs.setString(13, json(index.languages(doc.id())));
                docs.addBatch();
            }
            docs.executeBatch();
            for (IndexedDocument indexed : documents) {
                DocumentVectors vectors = indexed.vectors();
                List<Passage> own = passagesOf.getOrDefault(indexed.document().id(), List.of());
                for (int i = 0; i < own.size(); i++) {
                    Passage p = own.get(i);
                    passages.setLong(1, generation);
                    passages.setString(2, p.documentId());
                    passages.setInt(3, p.index());
                    passages.setInt(4, p.start());
                    passages.setInt(5, p.end());
                    passages.setString(6, p.text());
                    passages.setString(7, VectorCodec.literal(vectors.passages()[i]));
                    passages.setBytes(8, VectorCodec.pack(vectors.sentences()[i]));
                    passages.setBytes(9, VectorCodec.packSpans(p.sentences()));
                    passages.addBatch();
                    if (++written % BATCH == 0) {
                        passages.executeBatch();
                    }
                }
            }
            passages.executeBatch();
        }
        return written;
    }

    private static StoredGeneration read(Connection c, long generation) throws SQLException {
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, VectorKey> keys = new HashMap<>();
        Map<String, LanguageMap> languages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, path, title, content_type, text, size_bytes, sha256,"
                + " headings, vector_model, vector_chunking, languages FROM documents WHERE generation = ?"
                + " ORDER BY ordinal")) {
            s.setLong(1, generation);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    SourceDocument doc = new SourceDocument(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getLong(6), r.getString(7), headings(r.getString(8)));
                    documents.add(doc);
                    keys.put(doc.id(), new VectorKey(doc.sha256(), r.getString(9), r.getString(10)));
                    if (r.getString(11) != null) { // null in a generation written before the passages were kept
                        languages.put(doc.id(), read(r.getString(11), LanguageMap.class));
                    }
                }
            }
        }
        Map<String, List<float[]>> passageVectors = new HashMap<>();
        Map<String, List<float[][]>> sentenceVectors = new HashMap<>();
        Map<String, List<Passage>> passages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT document, embedding::text, sentence_vectors, number,"
                + " start_offset, end_offset, text, sentence_spans FROM passages WHERE generation = ?"
                + " ORDER BY document, number")) {
            s.setLong(1, generation);
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String document = r.getString(1);
                    float[] vector = VectorCodec.parse(r.getString(2));
                    passageVectors.computeIfAbsent(document, d -> new ArrayList<>()).add(vector);
                    sentenceVectors.computeIfAbsent(document, d -> new ArrayList<>())
                            .add(VectorCodec.unpack(r.getBytes(3), vector.length));
                    byte[] spans = r.getBytes(8);
                    if (spans != null) {
                        passages.computeIfAbsent(document, d -> new ArrayList<>()).add(new Passage(document,
                                r.getInt(4), r.getInt(5), r.getInt(6), r.getString(7), VectorCodec.unpackSpans(spans)));
                    }
                }
            }
        }
        Map<String, SplitDocument> split = new HashMap<>();
        Map<VectorKey, DocumentVectors> vectors = new HashMap<>();
        for (SourceDocument doc : documents) {
            List<float[]> own = passageVectors.getOrDefault(doc.id(), List.of());
            vectors.put(keys.get(doc.id()), new DocumentVectors(own.toArray(new float[0][]),
                    sentenceVectors.getOrDefault(doc.id(), List.of()).toArray(new float[0][][])));
            List<Passage> made = passages.getOrDefault(doc.id(), List.of());
            if (languages.containsKey(doc.id()) && made.size() == own.size()) {
                split.put(doc.id(), new SplitDocument(made, languages.get(doc.id())));
            }
        }
        return new StoredGeneration(generation, new IngestResult(documents, List.of()), split, vectors);
    }

    /**
     * What decides a generation's content: its documents' keys, in order, and the format (so that a writer of this
     * version writes its index once again over a generation whose passages an older version did not store).
     */
    static String fingerprint(List<IndexedDocument> documents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("passages and languages stored\n".getBytes(StandardCharsets.UTF_8));
            for (IndexedDocument d : documents) {
                digest.update((d.document().id() + "\n" + d.document().path() + "\n" + d.key() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) throws SQLException {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored document's languages cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<SourceDocument.Heading> headings(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<SourceDocument.Heading>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored document's headings cannot be read: " + e.getMessage(), e);
        }
    }
}
