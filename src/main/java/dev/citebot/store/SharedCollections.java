package dev.citebot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.citebot.collections.CollectionDescriptor;
import dev.citebot.collections.UploadedDocument;
import dev.citebot.http.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The collections made through the upload API on the writer, as the store's {@code collections} table holds them
 * (name, creation time, key digests). Their indexes are generations of the collection ({@link Generations}).
 */
final class SharedCollections {
    private final Database database;

    SharedCollections(Database database) {
        this.database = database;
    }

    /** Records (or records again, unchanged or not) a collection the writer has. */
    void save(CollectionDescriptor collection, String writer) {
        String digests = json(collection.keyDigests());
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO collections (name, created, key_digests, writer)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET created = excluded.created,"
                    + " key_digests = excluded.key_digests, writer = excluded.writer, updated_at = now()")) {
                s.setString(1, collection.name());
                s.setString(2, collection.created());
                s.setString(3, digests);
                s.setString(4, writer);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Records the writer's statuses of a recorded collection's documents (JSON of the upload API's list); false if
     * the store has no record of the collection yet.
     */
    boolean saveDocuments(String name, List<UploadedDocument> documents) {
        String listed = json(documents);
        return database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE collections SET documents = ? WHERE name = ?")) {
                s.setString(1, listed);
                s.setString(2, name);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Removes a collection and all its generations, in one transaction. */
    void delete(String name) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM collections WHERE name = ?")) {
                s.setString(1, name);
                s.executeUpdate();
            }
            return Generations.forget(c, name);
        });
    }

    /** Every collection the store holds. */
    List<CollectionDescriptor> all() {
        return database.transaction(c -> {
            List<CollectionDescriptor> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, created, key_digests FROM collections"
                    + " ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new CollectionDescriptor(r.getString(1), r.getString(2), digests(r.getString(3))));
                }
            }
            return all;
        });
    }

    /**
     * What a reader polls for, in one query: the latest complete generation of every collection that has one, and
     * the record of every collection of the {@code collections} table (with its latest generation, if any).
     */
    Latest latest() {
        return database.transaction(c -> {
            Map<String, Long> generations = new HashMap<>();
            List<Row> records = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(c.name, g.collection), g.latest,"
                    + " c.name IS NOT NULL, c.created, c.key_digests, c.documents FROM collections c FULL OUTER JOIN"
                    + " (SELECT collection, max(id) AS latest FROM generations WHERE completed_at IS NOT NULL"
                    + " GROUP BY collection) g ON g.collection = c.name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    long latest = r.getLong(2);
                    if (!r.wasNull()) {
                        generations.put(name, latest);
                    }
                    if (r.getBoolean(3)) {
                        records.add(row(name, r.getString(4), r.getString(5), r.getString(6)));
                    }
                }
            }
            records.sort(Comparator.comparing(Row::name));
            return new Latest(generations, records);
        });
    }

    /** The store's collections and their latest complete generations, as one poll saw them. */
    record Latest(Map<String, Long> generations, List<Row> collections) {
        OptionalLong generation(String collection) {
            Long id = generations.get(collection);
            return id == null ? OptionalLong.empty() : OptionalLong.of(id);
        }
    }

    /**
     * A collection's record: its descriptor, or why it cannot be read; and the writer's statuses of its documents
     * (empty while the writer has not recorded them, or if they cannot be read).
     */
    record Row(String name, Optional<CollectionDescriptor> descriptor, String error,
               Optional<List<UploadedDocument>> documents) {
    }

    private static Row row(String name, String created, String digests, String documents) {
        Optional<List<UploadedDocument>> statuses = Optional.empty();
        try {
            if (documents != null) {
                statuses = Optional.of(List.of(Json.mapper().readValue(documents, UploadedDocument[].class)));
            }
        } catch (JsonProcessingException e) {
            // shown as the reader's own list (every document it serves ready), as before the writer recorded them
        }
        try {
            return new Row(name, Optional.of(new CollectionDescriptor(name, created, digests(digests))), "",
                    statuses);
        } catch (SQLException | RuntimeException e) {
            return new Row(name, Optional.empty(), e.getMessage(), statuses);
        }
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> digests(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored collection's key digests cannot be read: " + e.getMessage(), e);
        }
    }
}
