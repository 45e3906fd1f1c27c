package dev.citebot.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes files meant to hurt a parser: each test makes its own, nothing hostile is kept in the repository. */
public final class HostileFiles {
    public static final String ENDLESS = "CITEBOT-ENDLESS-LOOP\n";
    public static final String HOG = "CITEBOT-MEMORY-HOG\n";

    private HostileFiles() {
    }

    /** A file whose parser never returns (see HostileParsers and custom-mimetypes.xml in the test resources). */
    public static Path endlessLoop(Path file) throws IOException {
        return Files.writeString(file, ENDLESS);
    }

    /** A file whose parser allocates memory until there is none. */
    public static Path memoryHog(Path file) throws IOException {
        return Files.writeString(file, HOG);
    }

    /** A zip of a few hundred KB that expands to {@code expandedMb} MB of text. */
    public static Path zipBomb(Path file, int expandedMb) throws IOException {
        byte[] line = "all work and no play makes a dull bomb\n".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            for (long written = 0; written < expandedMb * 1_048_576L; written += line.length) {
                zip.write(line);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A PDF header followed by noise: detected as PDF, unreadable as one. */
    public static Path corruptPdf(Path file, long seed) throws IOException {
        byte[] noise = new byte[20_000];
        new Random(seed).nextBytes(noise);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nstream\n".getBytes(StandardCharsets.US_ASCII));
            out.write(noise);
        }
        return file;
    }

    /** The first half of a real DOCX: a zip cut off in the middle. */
    public static Path truncatedDocx(Path file) throws IOException {
        Path whole = Fixtures.docx(Files.createTempFile("whole", ".docx"), "Whole", "A paragraph. ".repeat(200));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A PDF of {@code pages} pages of text; uncompressed, so about 3 KB a page. */
    public static Path hugePdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(11);
                    content.newLineAtOffset(40, 750);
                    for (int line = 0; line < 60; line++) {
                        content.showText("Page " + p + " line " + line + " of a very long and very dull report.");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
