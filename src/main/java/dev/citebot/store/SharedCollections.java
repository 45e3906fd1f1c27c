package dev.citebot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.citebot.collections.CollectionDescriptor;
import dev.citebot.http.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    private static String json(List<String> digests) {
        try {
            return Json.mapper().writeValueAsString(digests);
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
