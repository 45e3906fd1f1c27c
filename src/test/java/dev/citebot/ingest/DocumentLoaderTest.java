package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {
    private final DocumentLoader loader = new DocumentLoader(new TextExtractor(1_000_000), 10_000_000);

    @Test
    void readsEveryFormatRecursivelyWithPathTitleTypeAndText(@TempDir Path seeds) throws IOException {
        Path sub = seeds.resolve("sub");
        Files.createDirectories(sub.resolve("deeper"));
        Files.writeString(seeds.resolve("plain.txt"), "Plain title line\n\nThe okapi lives in the Congo.");
        Files.writeString(seeds.resolve("notes.md"), "# Markdown Heading\n\nZebras have stripes.");
        Fixtures.html(seeds.resolve("page.html"), "Html Title", "<h1>Ignored</h1><p>Giraffes are tall.</p>");
        Fixtures.pdf(sub.resolve("report.pdf"), "Pdf Title", "Pangolins have scales.");
        Fixtures.docx(sub.resolve("memo.docx"), "Docx Title", "Axolotls regrow limbs.");
        Fixtures.odt(sub.resolve("letter.odt"), "Odt Title", "Tardigrades survive space.");
        Fixtures.rtf(sub.resolve("old.rtf"), "Narwhals have tusks.");
        Fixtures.epub(sub.resolve("deeper/book.epub"), "Epub Title", "Quokkas smile a lot.");

        IngestResult result = loader.load(seeds);

        assertEquals(List.of(), result.failures());
        Map<String, SourceDocument> byPath = result.documents().stream()
                .collect(Collectors.toMap(SourceDocument::path, Function.identity()));
        assertEquals(8, byPath.size(), byPath.keySet().toString());
        assertDocument(byPath.get("plain.txt"), "Plain title line", "text/plain", "okapi");
        assertDocument(byPath.get("notes.md"), "Markdown Heading", "text/", "Zebras");
        assertDocument(byPath.get("page.html"), "Html Title", "text/html", "Giraffes");
        assertDocument(byPath.get("sub/report.pdf"), "Pdf Title", "application/pdf", "Pangolins");
        assertDocument(byPath.get("sub/memo.docx"), "Docx Title", "application/vnd.openxmlformats", "Axolotls");
        assertDocument(byPath.get("sub/letter.odt"), "Odt Title", "application/vnd.oasis.opendocument.text",
                "Tardigrades");
        assertDocument(byPath.get("sub/old.rtf"), "Narwhals have tusks.", "application/rtf", "Narwhals");
        assertDocument(byPath.get("sub/deeper/book.epub"), "Epub Title", "application/epub+zip", "Quokkas");
    }

    @Test
    void filesReadAtOnceComeOutInPathOrderWithTheIdsAndFailuresOfOneAtATime(@TempDir Path seeds) throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(seeds.resolve("note " + (i % 2 == 0 ? "a" : "b") + i + ".txt"),
                    "Note " + i + "\n\nAnimal number " + i + " lives in the forest.");
        }
        Files.writeString(seeds.resolve("note-a0.txt"), "Same id as 'note a0.txt' once made URL-safe.");
        Files.writeString(seeds.resolve("blank.txt"), "   \n  ");
        Fixtures.pdf(seeds.resolve("report.pdf"), "Pdf Title", "Pangolins have scales.");

        IngestResult one = loader.load(seeds);
        try (DocumentLoader parallel = new DocumentLoader(new TextExtractor(1_000_000), 10_000_000,
                ExtractionCache.none(), 3)) {
            IngestResult three = parallel.load(seeds);
            assertEquals(one.documents(), three.documents());
            assertEquals(one.failures(), three.failures());
        }
        assertEquals(14, one.documents().size());
        assertEquals(List.of("blank.txt"), one.failures().stream().map(IngestFailure::path).toList());
    }

    private static void assertDocument(SourceDocument doc, String title, String typePrefix, String word) {
        assertEquals(title, doc.title(), doc.path());
        assertTrue(doc.contentType().startsWith(typePrefix), doc.path() + " is " + doc.contentType());
        assertTrue(doc.text().contains(word), doc.path() + ": " + doc.text());
        assertFalse(doc.sha256().isBlank());
    }

    @Test
    void skipsHiddenFilesAndFolders(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("visible.txt"), "Visible text.");
        Files.writeString(seeds.resolve(".secret.txt"), "Hidden text.");
        Files.createDirectories(seeds.resolve(".git"));
        Files.writeString(seeds.resolve(".git/config"), "Hidden folder text.");

        IngestResult result = loader.load(seeds);

        assertEquals(List.of("visible.txt"), result.documents().stream().map(SourceDocument::path).toList());
    }

    @Test
    void neverReadsALinkThatLeadsOutsideTheFolder(@TempDir Path root) throws IOException {
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        Path outside = Files.writeString(root.resolve("outside.txt"), "Private text outside the seeds folder.");
        Files.writeString(seeds.resolve("inside.txt"), "Inside text.");
        Files.createSymbolicLink(seeds.resolve("escape.txt"), outside);
        Files.createSymbolicLink(seeds.resolve("escape-dir"), root);

        IngestResult result = loader.load(seeds);

        assertEquals(List.of("inside.txt"), result.documents().stream().map(SourceDocument::path).toList());
        assertTrue(result.documents().stream().noneMatch(d -> d.text().contains("Private")));
        assertEquals(List.of("escape.txt"), result.failures().stream().map(IngestFailure::path).toList());
    }

    @Test
    void aFileTikaCannotReadIsReportedWithItsReasonAndTheOthersStillLoad(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("good.txt"), "Good text survives.");
        Files.write(seeds.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog garbage".getBytes());
        Files.write(seeds.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

        IngestResult result = loader.load(seeds);

        assertEquals(List.of("good.txt"), result.documents().stream().map(SourceDocument::path).toList());
        assertEquals(2, result.failures().size(), result.failures().toString());
        result.failures().forEach(f -> assertFalse(f.reason().isBlank()));
    }

    @Test
    void anEmptyFolderLoadsNothingAndFailsNothing(@TempDir Path seeds) {
        IngestResult result = loader.load(seeds);
        assertTrue(result.documents().isEmpty());
        assertTrue(result.failures().isEmpty());
    }

    @Test
    void idsAreReadableUrlSafeAndUnique(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("A b.txt"), "One.");
        Files.writeString(seeds.resolve("a-b.txt"), "Two.");
        List<String> ids = loader.load(seeds).documents().stream().map(SourceDocument::id).toList();
        assertEquals(2, ids.stream().distinct().count());
        ids.forEach(id -> assertTrue(id.matches("[a-z0-9-]+"), id));
    }

    @Test
    void aHeadingIsPlacedWhereItsSectionStandsNotOnItsLineInTheTableOfContents() {
        String text = "Table of contents\n\n\tos.EOL\n\n\tos.devNull\n\nOS\n\nThe os module.\n\nos.EOL\n\n"
                + "The end-of-line marker, as os.EOL names it.\n\nos.devNull\n\nThe null device.";
        List<SourceDocument.Heading> found = DocumentLoader.located(List.of("OS", "os.EOL", "os.devNull"), text);
        assertEquals(List.of(text.indexOf("OS\n"), text.indexOf("os.EOL\n\nThe end"), text.lastIndexOf("os.devNull")),
                found.stream().map(SourceDocument.Heading::start).toList());
    }

    @Test
    void aHeadingThatStandsOnNoLineOfItsOwnIsStillFoundInOrder() {
        String text = "Intro. Setup: install it. Then Usage: run it.";
        List<SourceDocument.Heading> found = DocumentLoader.located(List.of("Setup", "Usage", "Missing"), text);
        assertEquals(List.of(text.indexOf("Setup"), text.indexOf("Usage")),
                found.stream().map(SourceDocument.Heading::start).toList());
    }
}
