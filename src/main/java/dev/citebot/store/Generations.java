package dev.citebot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.citebot.chunk.Passage;
import dev.citebot.files.Sha256;
import dev.citebot.http.Json;
import dev.citebot.index.DocumentVectors;
import dev.citebot.index.IndexedDocument;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.index.SplitDocument;
import dev.citebot.index.VectorKey;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's generations in the store. A generation is the ordered list of its documents; each document's row and
 * its passages are written once per (collection, document key: id, path, content hash, model, chunking) and shared
 * by every later generation that holds the document unchanged, so a new generation writes only the documents that
 * changed. The writer writes a generation and marks it complete in one transaction, under an advisory lock
 * ({@link WriterLock}: a second writer is refused, not interleaved); readers only ever read complete generations.
 * The latest two complete generations of a collection are kept, and document rows neither of them holds are removed.
 */
final class Generations {
    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);
    private static final int BATCH = 200;
    /**
     * {@link #key}'s text in SQL, over a row {@code d} of the {@code documents} table of schema versions 1 to 5 and
     * its generation's {@code passages} (migration 6 moves those rows to the shared tables with it).
     */
    static final String KEY_SQL = "encode(sha256(convert_to(concat_ws(E'\\n', d.id, d.path, d.sha256,"
            + " d.vector_model, d.vector_chunking, CASE WHEN EXISTS (SELECT 1 FROM passages p"
            + " WHERE p.generation = d.generation AND p.document = d.id AND p.sentence_vectors IS NOT NULL)"
            + " THEN 'sentence vectors' ELSE 'no sentence vectors' END,"
            + " CASE WHEN d.languages IS NULL THEN 'passages not stored' ELSE 'passages stored' END), 'UTF8')), 'hex')";

    private final Database database;

    Generations(Database database) {
        this.database = database;
    }

    /** What became of a write. */
    sealed interface Written {
        /**
         * A new complete generation of {@code documents} and {@code passages}, of which {@code writtenDocuments} and
         * {@code writtenPassages} were written by it (the rest were the store's already).
         */
        record Generation(long id, int documents, int passages, int writtenDocuments, int writtenPassages)
                implements Written {
        }

        /** The latest complete generation holds the same documents and vectors already. */
        record Unchanged(long id) implements Written {
        }

        /** Another writer holds the lock: nothing was written. */
        record Refused() implements Written {
        }
    }

    Written write(String collection, KnowledgeIndex index, String writer) {
        index.passageVectors().fill(() -> false); // a generation holds every vector: none is left for later there
        index.sentenceVectors().fill(() -> false);
        List<IndexedDocument> documents = index.indexedDocuments();
        String fingerprint = fingerprint(documents);
        return WriterLock.<Written>run(database, c -> {
            OptionalLong latest = latest(c, collection);
            if (latest.isPresent() && fingerprint.equals(fingerprintOf(c, latest.getAsLong()))) {
                return new Written.Unchanged(latest.getAsLong());
            }
            long id = begin(c, collection, writer, fingerprint);
            if (!documents.isEmpty() && documents.get(0).vectors().passages().length > 0) {
                searchIndex(c, documents.get(0).vectors().passages()[0].length);
            }
            List<String> keys = documents.stream().map(Generations::key).toList();
            Map<String, Long> rows = existing(c, collection, keys);
            LOG.info("writing generation {} to the store: {} documents, {} of them new or changed", id,
                    documents.size(), documents.size() - rows.size());
            int[] written = insert(c, collection, id, index, documents, keys, rows);
            list(c, id, keys, rows);
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
            removeUnlisted(c, collection);
            return new Written.Generation(id, documents.size(), index.passages().size(), written[0], written[1]);
        }).orElseGet(Written.Refused::new);
    }

    /** Removes every generation of {@code collection} and its documents' rows. */
    static int forget(Connection c, String collection) throws SQLException {
        int removed;
        try (PreparedStatement s = c.prepareStatement("DELETE FROM generations WHERE collection = ?")) {
            s.setString(1, collection);
            removed = s.executeUpdate();
        }
        removeUnlisted(c, collection);
        return removed;
    }

    /** The document rows of {@code collection} that no generation lists (their passages go with them). */
    private static void removeUnlisted(Connection c, String collection) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM stored_documents s WHERE s.collection = ?"
                + " AND NOT EXISTS (SELECT 1 FROM generation_documents g WHERE g.document = s.id)")) {
            s.setString(1, collection);
            s.executeUpdate();
        }
    }

    /** The id of the latest complete generation of a collection, if there is one. */
    OptionalLong latest(String collection) {
        return database.transaction(c -> latest(c, collection));
    }

    /**
     * The latest complete generation if it is newer than {@code after}, its rows that {@code held} holds (those of
     * the generation served) taken from there.
     */
    Optional<StoredGeneration> newerThan(String collection, long after, Map<Long, StoredDocument> held) {
        return snapshot(c -> {
            OptionalLong latest = latest(c, collection);
            if (latest.isEmpty() || latest.getAsLong() <= after) {
                return Optional.empty();
            }
            return Optional.of(read(c, latest.getAsLong(), held));
        });
    }

    /**
     * Complete generation {@code id} of {@code collection}, its rows that {@code held} holds taken from there; empty
     * if the store no longer holds it.
     */
    Optional<StoredGeneration> read(String collection, long id, Map<Long, StoredDocument> held) {
        return snapshot(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM generations WHERE id = ? AND collection = ?"
                    + " AND completed_at IS NOT NULL")) {
                s.setLong(1, id);
                s.setString(2, collection);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(read(c, id, held));
        });
    }

    /** {@code work} in one repeatable-read transaction, so that it reads one state of the store throughout. */
    private <T> T snapshot(Database.Work<T> work) {
        return database.transaction(c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(c);
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
            s.execute("CREATE INDEX IF NOT EXISTS stored_passages_embedding_hnsw_" + dimensions
                    + " ON stored_passages USING hnsw ((embedding::vector(" + dimensions + ")) vector_cosine_ops)"
                    + " WHERE vector_dims(embedding) = " + dimensions);
        }
    }

    /**
     * What decides a document's stored row and passages: its id and path, its key (content, model, chunking),
     * whether its passages carry sentence vectors, and the format ({@link #KEY_SQL} computes the same in SQL).
     */
    static String key(IndexedDocument indexed) {
        boolean sentences = Arrays.stream(indexed.vectors().sentences()).anyMatch(v -> v != null);
        String key = key(indexed.document().id(), indexed.document().path(), indexed.key(), sentences, true);
        // A row written before definition lists were kept (schema version 8) has none: not this document's.
        return indexed.document().definitions().isEmpty() ? key : Sha256.ofText(key + "\ndefinitions stored");
    }

    static String key(String id, String path, VectorKey key, boolean sentenceVectors, boolean passagesStored) {
        return Sha256.ofText(String.join("\n", id, path, key.contentSha256(), key.model(), key.chunking(),
                sentenceVectors ? "sentence vectors" : "no sentence vectors",
                passagesStored ? "passages stored" : "passages not stored"));
    }

    /** The rows of {@code collection} the store holds already, by key. */
    private static Map<String, Long> existing(Connection c, String collection, List<String> keys)
            throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT key, id FROM stored_documents WHERE collection = ?"
                + " AND key = ANY (?)")) {
            s.setString(1, collection);
            s.setArray(2, c.createArrayOf("text", keys.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return rows;
    }

    /** Writes the documents the store does not hold yet (adding their rows to {@code rows}); [documents, passages]. */
    private static int[] insert(Connection c, String collection, long generation, KnowledgeIndex index,
                                List<IndexedDocument> documents, List<String> keys, Map<String, Long> rows)
            throws SQLException {
        Map<String, List<Passage>> passagesOf = new HashMap<>();
        index.passages().forEach(p -> passagesOf.computeIfAbsent(p.documentId(), d -> new ArrayList<>()).add(p));
        int writtenDocuments = 0;
        int written = 0;
        try (PreparedStatement docs = c.prepareStatement("INSERT INTO stored_documents (collection, key, written_by,"
                + " doc_id, path, title, content_type, text, size_bytes, sha256, headings, vector_model,"
                + " vector_chunking, languages, definitions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id");
             PreparedStatement passages = c.prepareStatement("INSERT INTO stored_passages (document, number,"
                     + " start_offset, end_offset, text, embedding, sentence_vectors, sentence_spans)"
                     + " VALUES (?, ?, ?, ?, ?, ?::vector, ?, ?)")) {
            for (int d = 0; d < documents.size(); d++) {
                if (rows.containsKey(keys.get(d))) {
                    continue;
                }
                IndexedDocument indexed = documents.get(d);
                SourceDocument doc = indexed.document();
                docs.setString(1, collection);
                docs.setString(2, keys.get(d));
                docs.setLong(3, generation);
                docs.setString(4, doc.id());
                docs.setString(5, doc.path());
                docs.setString(6, doc.title());
                docs.setString(7, doc.contentType());
                docs.setString(8, doc.text());
                docs.setLong(9, doc.sizeBytes());
                docs.setString(10, doc.sha256());
                docs.setString(11, json(doc.headings()));
                docs.setString(12, indexed.key().model());
                docs.setString(13, indexed.key().chunking());
                docs.setString(14, json(index.languages(doc.id())));
                docs.setString(15, json(doc.definitions()));
                long row;
                try (ResultSet r = docs.executeQuery()) {
                    r.next();
                    row = r.getLong(1);
                }
                rows.put(keys.get(d), row);
                writtenDocuments++;
                DocumentVectors vectors = indexed.vectors();
                List<Passage> own = passagesOf.getOrDefault(doc.id(), List.of());
                for (int i = 0; i < own.size(); i++) {
                    Passage p = own.get(i);
                    passages.setLong(1, row);
                    passages.setInt(2, p.index());
                    passages.setInt(3, p.start());
                    passages.setInt(4, p.end());
                    passages.setString(5, p.text());
                    passages.setString(6, VectorCodec.literal(vectors.passages()[i]));
                    passages.setBytes(7, VectorCodec.pack(vectors.sentences()[i]));
                    passages.setBytes(8, VectorCodec.packSpans(p.sentences()));
                    passages.addBatch();
                    if (++written % BATCH == 0) {
                        passages.executeBatch();
                    }
                }
            }
            passages.executeBatch();
        }
        return new int[] {writtenDocuments, written};
    }

    /** The generation's list: its documents' rows, in order. */
    private static void list(Connection c, long generation, List<String> keys, Map<String, Long> rows)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO generation_documents (generation, ordinal, document) VALUES (?, ?, ?)")) {
            for (int d = 0; d < keys.size(); d++) {
                s.setLong(1, generation);
                s.setInt(2, d);
                s.setLong(3, rows.get(keys.get(d)));
                s.addBatch();
                if ((d + 1) % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * Generation {@code generation}: its list of rows, the rows of it that {@code held} has taken from {@code held}
     * and only the others read from the store (rows never change once written).
     */
    private static StoredGeneration read(Connection c, long generation, Map<Long, StoredDocument> held)
            throws SQLException {
        List<Long> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT document FROM generation_documents WHERE generation = ? ORDER BY ordinal")) {
            s.setLong(1, generation);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(r.getLong(1));
                }
            }
        }
        Map<Long, StoredDocument> rows = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long row : list) {
            if (held.containsKey(row)) {
                rows.put(row, held.get(row));
            } else {
                missing.add(row);
            }
        }
        Map<Long, StoredDocument> read = missing.isEmpty() ? Map.of() : rows(c, missing);
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, SplitDocument> split = new HashMap<>();
        Map<VectorKey, DocumentVectors> vectors = new HashMap<>();
        for (long id : list) {
            StoredDocument row = rows.containsKey(id) ? rows.get(id) : read.get(id);
            if (row == null) {
                throw new SQLException("generation " + generation + " lists document row " + id + ", which is gone");
            }
            rows.put(id, row);
            documents.add(row.document());
            vectors.put(row.key(), row.vectors());
            if (row.languages() != null && row.passages().size() == row.vectors().passages().length) {
                split.put(row.document().id(), new SplitDocument(row.passages(), row.languages()));
            }
        }
        return new StoredGeneration(generation, new IngestResult(documents, List.of()), split, vectors, rows,
                missing.size());
    }

    /** The document rows {@code ids} with their passages, read from the store. */
    private static Map<Long, StoredDocument> rows(Connection c, List<Long> ids) throws SQLException {
        java.sql.Array wanted = c.createArrayOf("bigint", ids.toArray());
        Map<Long, SourceDocument> documents = new HashMap<>();
        Map<Long, VectorKey> keys = new HashMap<>();
        Map<Long, LanguageMap> languages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.doc_id, d.path, d.title, d.content_type, d.text,"
                + " d.size_bytes, d.sha256, d.headings, d.vector_model, d.vector_chunking, d.languages, d.definitions"
                + " FROM stored_documents d WHERE d.id = ANY (?)")) {
            s.setArray(1, wanted);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    SourceDocument doc = new SourceDocument(r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getLong(7), r.getString(8), headings(r.getString(9)),
                            definitions(r.getString(13)));
                    documents.put(id, doc);
                    keys.put(id, new VectorKey(doc.sha256(), r.getString(10), r.getString(11)));
                    if (r.getString(12) != null) { // null in a row written before the passages were kept
                        languages.put(id, read(r.getString(12), LanguageMap.class));
                    }
                }
            }
        }
        Map<Long, List<float[]>> passageVectors = new HashMap<>();
        Map<Long, List<float[][]>> sentenceVectors = new HashMap<>();
        Map<Long, List<Passage>> passages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.document, p.embedding::text, p.sentence_vectors,"
                + " p.number, p.start_offset, p.end_offset, p.text, p.sentence_spans FROM stored_passages p"
                + " WHERE p.document = ANY (?) ORDER BY p.document, p.number")) {
            s.setArray(1, wanted);
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String document = documents.get(id).id();
                    float[] vector = VectorCodec.parse(r.getString(2));
                    passageVectors.computeIfAbsent(id, d -> new ArrayList<>()).add(vector);
                    sentenceVectors.computeIfAbsent(id, d -> new ArrayList<>())
                            .add(VectorCodec.unpack(r.getBytes(3), vector.length));
                    byte[] spans = r.getBytes(8);
                    if (spans != null) {
                        passages.computeIfAbsent(id, d -> new ArrayList<>()).add(new Passage(document,
                                r.getInt(4), r.getInt(5), r.getInt(6), r.getString(7), VectorCodec.unpackSpans(spans)));
                    }
                }
            }
        }
        Map<Long, StoredDocument> rows = new HashMap<>();
        documents.forEach((id, doc) -> rows.put(id, new StoredDocument(doc, keys.get(id), languages.get(id),
                passages.getOrDefault(id, List.of()), new DocumentVectors(
                        passageVectors.getOrDefault(id, List.of()).toArray(new float[0][]),
                        sentenceVectors.getOrDefault(id, List.of()).toArray(new float[0][][])))));
        return rows;
    }

    /**
     * What decides a generation's content: its documents' keys, in order, and the format (so that a writer of this
     * version writes its index once again over a generation whose passages an older version did not store).
     */
    static String fingerprint(List<IndexedDocument> documents) {
        StringBuilder text = new StringBuilder("passages and languages stored\n");
        for (IndexedDocument d : documents) {
            text.append(d.document().id()).append('\n').append(d.document().path()).append('\n').append(d.key())
                    .append('\n');
        }
        return Sha256.ofText(text.toString());
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

    /** A row written before definition lists were kept has none (null). */
    private static List<SourceDocument.Definition> definitions(String json) throws SQLException {
        if (json == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(json, new TypeReference<List<SourceDocument.Definition>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored document's definitions cannot be read: " + e.getMessage(), e);
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
