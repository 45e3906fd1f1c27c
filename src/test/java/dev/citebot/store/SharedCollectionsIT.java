package dev.citebot.store;

import static dev.citebot.support.Sql.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.PgliteServer;
import dev.citebot.support.Poll;
import dev.citebot.support.ReplicaPair;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Collections made through the upload API on the writer, served by a reader (real child JVMs on one real Postgres
 * protocol with real pgvector, PGlite) that was started before any of them existed: no restart, the writer's keys,
 * replacements and removals followed, no change accepted by the reader, and a collection deleted on the writer (or
 * left in the store without the writer holding it) gone from the reader.
 */
class SharedCollectionsIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();
    private static final String ADMIN = "shared-collections-admin-key";
    private static final Duration START = Duration.ofMinutes(3);

    private static ReplicaPair replicas;
    private static CitebotProcess writer;
    private static CitebotProcess reader;

    @BeforeAll
    static void startWriterThenReader() throws IOException {
        Path dir = Citebots.temporary("citebot-shared-collections");
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("canteen.txt"), """
                Canteen

                The canteen on the ground floor serves lunch from noon until two in the afternoon.
                """);
        replicas = ReplicaPair.start(DB, dir, seeds, ADMIN, START);
        writer = replicas.writer();
        reader = replicas.reader();
    }

    @AfterAll
    static void stop() {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void aCollectionMadeWithAKeyOnTheWriterIsAnsweredWithItsCitationsAndKeysOnARunningReader() {
        String handbookKey = "handbook-key-" + System.nanoTime();
        String otherKey = "ferries-key-" + System.nanoTime();
        assertEquals(201, create(writer, "handbook", handbookKey).status());
        assertEquals(201, create(writer, "ferries", otherKey).status());
        String id = upload(writer, "handbook", "leave-policy.md", """
                # Leave policy

                Every employee of Quillmere Works gets 27 days of paid annual leave per year.
                Unused leave days may be carried over until the end of March of the following year.
                """);

        JsonNode answer = Poll.until(START, "the reader answering from the writer's upload",
                () -> ask(reader, "handbook", "How many days of paid annual leave do employees get?", handbookKey),
                a -> a.status() == 200 && a.json().get("answer").asText().contains("27 days")).json();
        assertEquals(id, answer.get("citations").get(0).get("document_id").asText(), answer.toString());
        assertEquals(0.0, reader.meter("citebot_reindex_texts_embedded_total"), "the reader embedded documents");

        Http.Reply otherCollectionsKey = ask(reader, "handbook", "How many days of leave?", otherKey);
        assertEquals(403, otherCollectionsKey.status(), otherCollectionsKey.body());
        Http.Reply noKey = ask(reader, "handbook", "How many days of leave?", null);
        assertEquals(401, noKey.status(), noKey.body());
        JsonNode listed = reader.http().get("/api/collections", "Authorization", "Bearer " + handbookKey).json();
        assertEquals(List.of("handbook"), names(listed), "a collection's key lists that collection only: " + listed);
        JsonNode documents = reader.http().get("/api/collections/handbook/documents",
                "Authorization", "Bearer " + handbookKey).json().get("documents");
        assertEquals(1, documents.size(), documents.toString());
        assertEquals(id, documents.get(0).get("id").asText(), documents.toString());
        assertEquals("ready", documents.get(0).get("status").asText(), documents.toString());
    }

    @Test
    void everyChangeSentToAReaderIsRefusedWith409AndLosesNothing() {
        assertEquals(201, create(writer, "policies", null).status());
        String id = upload(writer, "policies", "bikes.txt", """
                Bicycle policy

                Staff bicycles are parked in the courtyard shed, which is locked at seven in the evening.
                """);
        String question = "When is the courtyard shed locked?";
        Poll.until(START, "the reader answering from the writer's upload", () -> ask(reader, "policies", question, null),
                a -> a.status() == 200 && a.json().get("answer").asText().contains("seven"));

        List<Http.Reply> refused = new ArrayList<>();
        refused.add(reader.http().send(admin(reader, "/api/collections/policies/documents?filename=x.txt")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(
                        "Staff bicycles may also be parked in the basement, open all night."))));
        refused.add(reader.http().send(admin(reader, "/api/collections/policies/documents/" + id)
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("Replaced."))));
        refused.add(reader.http().send(admin(reader, "/api/collections/policies/documents/" + id).DELETE()));
        refused.add(reader.http().send(admin(reader, "/api/collections/policies").DELETE()));
        refused.add(create(reader, "made-on-a-reader", null));
        for (Http.Reply reply : refused) {
            assertEquals(409, reply.status(), reply.body());
            JsonNode error = reply.json();
            assertEquals("conflict", error.get("error").asText(), reply.body());
            assertTrue(error.get("message").asText().contains("this replica is a reader")
                    && error.get("message").asText().contains("index.writer=true"), reply.body());
        }
        Http.Reply withoutKey = reader.http().post("/api/collections/policies/documents?filename=x.txt", "text/plain",
                "No key.");
        assertEquals(401, withoutKey.status(), "access is checked before the reader refuses: " + withoutKey.body());

        for (CitebotProcess replica : List.of(writer, reader)) {
            JsonNode documents = documents(replica, "policies");
            assertEquals(1, documents.size(), documents.toString());
            assertEquals(id, documents.get(0).get("id").asText(), documents.toString());
            Http.Reply answer = ask(replica, "policies", question, null);
            assertTrue(answer.json().get("answer").asText().contains("seven"), answer.body());
            assertFalse(answer.body().contains("basement"), answer.body());
            assertFalse(names(replica.http().get("/api/collections").json()).contains("made-on-a-reader"));
        }
    }

    @Test
    void aCollectionDeletedOnTheWriterBecomesUnknownOnTheReader() {
        assertEquals(201, create(writer, "short-lived", null).status());
        upload(writer, "short-lived", "notice.txt", """
                Notice

                The Brackwater office moves to the third floor on the first Monday of June.
                """);
        String question = "Where does the Brackwater office move?";
        Poll.until(START, "the reader answering from the writer's upload",
                () -> ask(reader, "short-lived", question, null),
                a -> a.status() == 200 && a.json().get("answer").asText().contains("third floor"));

        Http.Reply deleted = writer.http().send(admin(writer, "/api/collections/short-lived").DELETE());
        assertEquals(200, deleted.status(), deleted.body());
        Http.Reply gone = Poll.until(START, "the reader dropping the deleted collection",
                () -> ask(reader, "short-lived", question, null), a -> a.status() == 404);
        assertEquals("not_found", gone.json().get("error").asText(), gone.body());
        assertEquals(404, reader.http().get("/api/collections/short-lived/documents").status());
        assertFalse(names(reader.http().get("/api/collections").json()).contains("short-lived"));
    }

    @Test
    void aReplacementAndARemovalOnTheWriterReachTheReader() {
        assertEquals(201, create(writer, "timetables", null).status());
        String ferry = upload(writer, "timetables", "ferry.txt", """
                Ferry timetable

                On Sundays the Quillmere ferry leaves the north pier at 7:40 in the morning.
                """);
        String bus = upload(writer, "timetables", "bus.txt", """
                Bus timetable

                The harbour bus number 12 stops at the lighthouse every 20 minutes.
                """);
        String ferryQuestion = "When does the Quillmere ferry leave on Sundays?";
        Poll.until(START, "the reader answering from both uploads", () -> documents(reader, "timetables"),
                d -> served(d, 2));
        assertTrue(ask(reader, "timetables", ferryQuestion, null).json().get("answer").asText().contains("7:40"));

        Http.Reply replaced = writer.http().send(admin(writer, "/api/collections/timetables/documents/" + ferry)
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("""
                        Ferry timetable

                        On Sundays the Quillmere ferry leaves the north pier at 9:15 in the morning.
                        """)));
        assertEquals(202, replaced.status(), replaced.body());
        JsonNode answer = Poll.until(START, "the reader answering from the replacement",
                () -> ask(reader, "timetables", ferryQuestion, null),
                a -> a.status() == 200 && a.json().get("answer").asText().contains("9:15")).json();
        assertFalse(answer.get("answer").asText().contains("7:40"), answer.toString());
        assertEquals(ferry, answer.get("citations").get(0).get("document_id").asText(), answer.toString());

        Http.Reply removed = writer.http().send(admin(writer, "/api/collections/timetables/documents/" + bus).DELETE());
        assertEquals(200, removed.status(), removed.body());
        JsonNode left = Poll.until(START, "the reader without the removed document",
                () -> documents(reader, "timetables"), d -> served(d, 1));
        assertEquals(ferry, left.get(0).get("id").asText(), left.toString());
        Http.Reply busAnswer = ask(reader, "timetables", "How often does bus number 12 stop at the lighthouse?", null);
        assertFalse(busAnswer.body().contains(bus), busAnswer.body());
    }

    @Test
    void aCollectionInTheStoreThatTheWriterDoesNotHoldIsRemovedFromTheStore() throws Exception {
        try (Connection c = DriverManager.getConnection(DB.url(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO collections (name, created, key_digests, writer)"
                    + " VALUES ('left-behind', '2026-01-01T00:00:00Z', '[]', 'a writer gone')");
            s.execute("INSERT INTO generations (collection, writer, fingerprint, completed_at)"
                    + " VALUES ('left-behind', 'a writer gone', 'none', now())");
            Poll.until(START, "the writer removing the collection it does not hold",
                    () -> count(s, "SELECT count(*) FROM collections WHERE name = 'left-behind'")
                            + count(s, "SELECT count(*) FROM generations WHERE collection = 'left-behind'") == 0);
        }
        assertTrue(writer.log().contains("collection left-behind is in the store but not on this writer"),
                writer.log());
        Poll.until(START, "the reader not serving it", () -> ask(reader, "left-behind", "Anything?", null).status()
                == 404);
    }

    @Test
    void anUploadWritesOnlyThatDocumentsRowsAndARemovedDocumentsRowsGoAfterTwoGenerations() throws Exception {
        assertEquals(201, create(writer, "manuals", null).status());
        String kettle = upload(writer, "manuals", "kettle.txt", """
                Kettle manual

                The Brightwater kettle switches itself off after boiling and its filter is rinsed monthly.
                """);
        upload(writer, "manuals", "toaster.txt", """
                Toaster manual

                The Harlow toaster has seven browning levels and a crumb tray that slides out at the back.
                """);
        upload(writer, "manuals", "radio.txt", """
                Radio manual

                The Pellow radio keeps twelve station presets and runs for forty hours on four batteries.
                """);
        Poll.until(START, "the reader serving the three uploads", () -> documents(reader, "manuals"),
                d -> served(d, 3));
        try (Connection c = DriverManager.getConnection(DB.url(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            Map<String, Long> before = rows(s, "manuals");
            assertEquals(3, before.size(), before.toString());
            long storedPassages = count(s, "SELECT count(*) FROM stored_passages p JOIN stored_documents d"
                    + " ON d.id = p.document WHERE d.collection = 'manuals'");

            String lamp = upload(writer, "manuals", "lamp.txt", """
                    Lamp manual

                    The Corvin desk lamp dims in five steps and its bulb lasts about twenty thousand hours.
                    """);
            JsonNode answer = Poll.until(START, "the reader answering from the fourth upload",
                    () -> ask(reader, "manuals", "How long does the bulb of the Corvin desk lamp last?", null),
                    a -> a.status() == 200 && a.json().get("answer").asText().contains("twenty thousand")).json();
            assertEquals(lamp, answer.get("citations").get(0).get("document_id").asText(), answer.toString());
            long latest = latestGeneration(s, "manuals");
            assertEquals(List.of("lamp.txt"), strings(s, "SELECT regexp_replace(path, '^.*/', '') FROM stored_documents WHERE collection ="
                    + " 'manuals' AND written_by = " + latest), "the new generation wrote only the new document");
            long lampPassages = count(s, "SELECT count(*) FROM stored_passages p JOIN stored_documents d"
                    + " ON d.id = p.document WHERE d.collection = 'manuals' AND d.written_by = " + latest);
            assertTrue(lampPassages > 0, "the new document's passages were not written");
            assertEquals(storedPassages + lampPassages, count(s, "SELECT count(*) FROM stored_passages p"
                    + " JOIN stored_documents d ON d.id = p.document WHERE d.collection = 'manuals'"),
                    "only the new document's passages were added");
            Map<String, Long> after = rows(s, "manuals");
            for (Map.Entry<String, Long> kept : before.entrySet()) {
                assertEquals(kept.getValue(), after.get(kept.getKey()), "the unchanged " + kept.getKey()
                        + " was written again");
            }
            assertEquals(4, count(s, "SELECT count(*) FROM generation_documents WHERE generation = " + latest));

            Http.Reply removed = writer.http().send(admin(writer, "/api/collections/manuals/documents/" + kettle)
                    .DELETE());
            assertEquals(200, removed.status(), removed.body());
            Poll.until(START, "the reader without the removed document", () -> documents(reader, "manuals"),
                    d -> served(d, 3));
            long kettleRow = before.get("kettle.txt");
            assertEquals(1, count(s, "SELECT count(*) FROM stored_documents WHERE id = " + kettleRow),
                    "the removed document's row went while the generation before still lists it");
            upload(writer, "manuals", "fan.txt", """
                    Fan manual

                    The Ostler fan turns through ninety degrees and has three speeds.
                    """);
            Poll.until(START, "the reader serving the fan's upload", () -> documents(reader, "manuals"),
                    d -> served(d, 4));
            Poll.until(START, "the removed document's rows gone once two newer generations are written",
                    () -> count(s, "SELECT count(*) FROM stored_documents WHERE id = " + kettleRow)
                            + count(s, "SELECT count(*) FROM stored_passages WHERE document = " + kettleRow) == 0);
            assertEquals(2, count(s, "SELECT count(*) FROM generations WHERE collection = 'manuals'"));
            assertEquals(0, count(s, "SELECT count(*) FROM stored_documents d WHERE collection = 'manuals' AND NOT"
                    + " EXISTS (SELECT 1 FROM generation_documents g WHERE g.document = d.id)"),
                    "rows no generation lists are left");
        }
    }

    @Test
    void aCollectionWhoseGenerationCannotBeReadKeepsItsIndexWhileTheReaderFollowsTheOthers() throws Exception {
        assertEquals(201, create(writer, "archive", null).status());
        assertEquals(201, create(writer, "bulletins", null).status());
        upload(writer, "archive", "boiler.txt", """
                Boiler room

                The boiler room key hangs in the caretaker's office beside the fuse box.
                """);
        upload(writer, "bulletins", "parking.txt", """
                Parking

                Visitor parking is in the west lot, behind the sports hall.
                """);
        Poll.until(START, "the reader serving both collections", () -> served(documents(reader, "archive"), 1)
                && served(documents(reader, "bulletins"), 1));
        try (Connection c = DriverManager.getConnection(DB.url(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            // The next document row written to the collection is broken as it is written (a reader reads only the
            // rows it does not hold already: rows never change once written).
            s.execute("CREATE FUNCTION break_archive() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN NEW.headings := 'not json'; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER break_archive BEFORE INSERT ON stored_documents FOR EACH ROW"
                    + " WHEN (NEW.collection = 'archive') EXECUTE FUNCTION break_archive()");
            long broken = latestGeneration(s, "archive");
            upload(writer, "archive", "lifts.txt", """
                    Lifts

                    The goods lift is serviced every second Tuesday and is closed that morning.
                    """);
            Poll.until(START, "a newer generation of the corrupted collection",
                    () -> latestGeneration(s, "archive") > broken);
            upload(writer, "bulletins", "canteen-hours.txt", """
                    Canteen hours

                    On Fridays the staff canteen closes early, at half past one.
                    """);
            Poll.until(START, "the reader following the other collection",
                    () -> ask(reader, "bulletins", "When does the staff canteen close on Fridays?", null),
                    a -> a.status() == 200 && a.json().get("answer").asText().contains("half past one"));
            Poll.until(START, "the reader logging the unreadable generation",
                    () -> reader.log().contains("collection archive: generation"));
            assertTrue(reader.log().contains("cannot be read from the store")
                    && reader.log().contains("still serving its generation"), reader.log());
            assertTrue(reader.http().get("/ready").json().get("store").path("unreadable").has("archive"),
                    reader.http().get("/ready").body());
            JsonNode kept = ask(reader, "archive", "Where does the boiler room key hang?", null).json();
            assertTrue(kept.get("answer").asText().contains("caretaker"), "the last good index: " + kept);
            JsonNode listed = documents(reader, "archive");
            assertEquals(List.of("ready", "indexing"), statuses(listed), "the unreadable generation was served, or"
                    + " the writer's new document is not listed as on its way: " + listed);

            s.execute("DROP TRIGGER break_archive ON stored_documents");
            s.executeUpdate("UPDATE stored_documents SET headings = '[]' WHERE headings = 'not json'");
            Poll.until(START, "the reader reading the repaired generation at a later poll",
                    () -> ask(reader, "archive", "When is the goods lift serviced?", null),
                    a -> a.status() == 200 && a.json().get("answer").asText().contains("second Tuesday"));
            assertTrue(served(documents(reader, "archive"), 2), documents(reader, "archive").toString());
            assertFalse(reader.http().get("/ready").json().get("store").has("unreadable"),
                    reader.http().get("/ready").body());
        }
    }

    @Test
    void aReaderShowsTheWritersStatusOfEachDocumentAFailureWithItsReason() {
        assertEquals(201, create(writer, "statuses", null).status());
        String good = upload(writer, "statuses", "hours.txt", """
                Opening hours

                The Quillmere library opens at nine on weekdays and at ten on Saturdays.
                """);
        Http.Reply stored = writer.http().send(admin(writer, "/api/collections/statuses/documents?filename=scan.pdf")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7\nthis is no PDF at all\n")));
        assertEquals(202, stored.status(), stored.body());
        String broken = stored.json().get("documents").get(0).get("id").asText();
        JsonNode onWriter = Poll.until(START, "the writer settling both documents",
                () -> documents(writer, "statuses"), d -> statuses(d).containsAll(List.of("ready", "failed")));
        String reason = byId(onWriter, broken).path("reason").asText();
        assertFalse(reason.isEmpty(), onWriter.toString());

        JsonNode onReader = Poll.until(START, "the reader showing the writer's statuses",
                () -> documents(reader, "statuses"), d -> d.size() == 2 && statuses(d).contains("failed"));
        assertEquals("ready", byId(onReader, good).path("status").asText(), onReader.toString());
        assertEquals("failed", byId(onReader, broken).path("status").asText(), onReader.toString());
        assertEquals(reason, byId(onReader, broken).path("reason").asText(), onReader.toString());
        Http.Reply one = reader.http().get("/api/collections/statuses/documents/" + broken);
        assertEquals(200, one.status(), one.body());
        assertEquals("failed", one.json().path("status").asText(), one.body());
    }

    private static JsonNode byId(JsonNode documents, String id) {
        for (JsonNode d : documents) {
            if (d.path("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError(id + " is not listed: " + documents);
    }

    /** The stored document rows of a collection, by file name. */
    private static Map<String, Long> rows(Statement s, String collection) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT regexp_replace(path, '^.*/', ''), id FROM stored_documents WHERE collection = '" + collection
                + "'")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getLong(2));
            }
        }
        return rows;
    }

    private static long latestGeneration(Statement s, String collection) {
        return count(s, "SELECT coalesce(max(id), 0) FROM generations WHERE collection = '" + collection
                + "' AND completed_at IS NOT NULL");
    }

    private static long count(Statement s, String sql) {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a replica's list shows {@code count} documents, all ready (on a reader: all served). */
    private static boolean served(JsonNode documents, int count) {
        return documents.size() == count && statuses(documents).stream().allMatch("ready"::equals);
    }

    private static List<String> statuses(JsonNode documents) {
        List<String> statuses = new ArrayList<>();
        documents.forEach(d -> statuses.add(d.path("status").asText()));
        return statuses;
    }

    /** A collection's documents; none (a missing node) while the replica does not serve it. */
    private static JsonNode documents(CitebotProcess replica, String collection) {
        return replica.http().get("/api/collections/" + collection + "/documents").json().path("documents");
    }

    private static Http.Reply create(CitebotProcess replica, String name, String key) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name));
        if (key != null) {
            body.put("keys", List.of(key));
        }
        return replica.http().postJson("/api/collections", Http.json(body), "Authorization", "Bearer " + ADMIN);
    }

    /** Uploads a text file to the writer's collection; returns the document's id. */
    private static String upload(CitebotProcess replica, String collection, String name, String text) {
        Http.Reply stored = replica.http().send(admin(replica, "/api/collections/" + collection
                + "/documents?filename=" + name).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(202, stored.status(), stored.body());
        return stored.json().get("documents").get(0).get("id").asText();
    }

    private static HttpRequest.Builder admin(CitebotProcess replica, String path) {
        return replica.http().request(path).header("Authorization", "Bearer " + ADMIN);
    }

    private static Http.Reply ask(CitebotProcess replica, String collection, String question, String key) {
        String body = Http.json(Map.of("question", question, "collection", collection));
        return key == null ? replica.http().postJson("/api/ask", body)
                : replica.http().postJson("/api/ask", body, "Authorization", "Bearer " + key);
    }

    private static List<String> names(JsonNode listed) {
        List<String> names = new ArrayList<>();
        listed.get("collections").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }
}
