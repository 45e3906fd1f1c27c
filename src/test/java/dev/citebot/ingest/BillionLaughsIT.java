package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Fixtures;
import dev.citebot.support.HostileFiles;
import dev.citebot.support.Http;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML entity expansion ("billion laughs": 3 GB of "lol" from 1 KB) in an XML file, an SVG and a DOCX: each such
 * file fails alone with a reason, the documents beside it are indexed and answered, the server stays up, and
 * no JVM (the server's, or the parser's in-JVM mode) ever holds the expanded text.
 */
class BillionLaughsIT {
    private static final Set<String> LAUGHS = Set.of("laughs.xml", "laughs.svg", "laughs.docx");
    @TempDir
    static Path seeds;
    private static App app;
    private static Http http;
    private static long indexingMillis;
    private static long heapBeforeMb;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of Congo.");
        Fixtures.docx(seeds.resolve("canteen.docx"), "Canteen", "The staff canteen closes at 15:30 on Fridays.");
        HostileFiles.billionLaughsXml(seeds.resolve("laughs.xml"));
        HostileFiles.billionLaughsSvg(seeds.resolve("laughs.svg"));
        HostileFiles.billionLaughsDocx(seeds.resolve("laughs.docx"));
        heapBeforeMb = heapUsedMb(); // the tests before this one in the same JVM keep what they keep
        long began = System.nanoTime();
        app = Citebots.server(seeds, Map.of());
        indexingMillis = (System.nanoTime() - began) / 1_000_000;
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachExpandingFileFailsAloneWithAReason() {
        JsonNode ready = http.get("/ready").json();
        Map<String, String> failed = new TreeMap<>();
        ready.get("failed").forEach(f -> failed.put(f.get("path").asText(), f.get("reason").asText()));

        assertEquals(new TreeSet<>(LAUGHS), failed.keySet(), ready.toString());
        failed.values().forEach(reason -> {
            assertFalse(reason.isBlank(), failed.toString());
            assertFalse(reason.contains("\tat ") || reason.contains("lollol"), failed.toString());
        });
        assertTrue(indexingMillis < 120_000, "indexing took " + indexingMillis + " ms: nothing was expanded");
    }

    @Test
    void theOtherDocumentsAreIndexedAndAnswered() {
        Set<String> listed = new TreeSet<>();
        http.get("/api/documents").json().get("documents").forEach(d -> listed.add(d.get("path").asText()));
        assertEquals(Set.of("canteen.docx", "okapi.txt"), listed);

        JsonNode answer = http.postJson("/api/ask", Http.json(Map.of("question", "When does the staff canteen close on Fridays?"))).json();
        assertTrue(answer.get("answer").asText().contains("15:30"), answer.toString());
        assertEquals("canteen.docx", answer.get("citations").get(0).get("path").asText());
    }

    @Test
    void theServerStaysUpAndItsHeapBounded() {
        assertEquals(200, http.get("/health").status());
        long grown = heapUsedMb() - heapBeforeMb;
        assertTrue(grown < 512, "the server's heap grew by " + grown + " MB from " + heapBeforeMb + " MB");
    }

    @Test
    void parsedInCitebotsOwnJvmTheEntitiesAreNotExpandedEither(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of Congo.");
        HostileFiles.billionLaughsXml(folder.resolve("laughs.xml"));
        HostileFiles.billionLaughsSvg(folder.resolve("laughs.svg"));
        HostileFiles.billionLaughsDocx(folder.resolve("laughs.docx"));
        Runtime.getRuntime().gc();
        long before = heapUsedMb();

        IngestResult result;
        try (DocumentLoader loader = new DocumentLoader(new TextExtractor(1_000_000), 10_000_000)) {
            result = loader.load(folder);
        }

        result.documents().forEach(d -> assertFalse(d.text().contains("lollollol"), d.path() + " was expanded"));
        assertEquals(Set.of("okapi.txt"), Set.copyOf(result.documents().stream().map(SourceDocument::path).toList()),
                result.failures().toString());
        assertEquals(LAUGHS, Set.copyOf(result.failures().stream().map(IngestFailure::path).toList()));
        Runtime.getRuntime().gc();
        assertTrue(heapUsedMb() - before < 200, "heap grew from " + before + " to " + heapUsedMb() + " MB");
    }

    /** The heap the live objects take: after a collection, so that garbage left by earlier tests does not count. */
    private static long heapUsedMb() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / 1_048_576;
    }
}
