package dev.citebot.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
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

    /** The classic "billion laughs": ten levels of ten entities each, a billion "lol"s (3 GB) if expanded. */
    public static final String BILLION_LAUGHS_DTD = """
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    /** An XML file whose one element holds {@code &lol9;}: a billion laughs. */
    public static Path billionLaughsXml(Path file) throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\"?>\n" + BILLION_LAUGHS_DTD
                + "<lolz><p>Laughter report.</p><p>&lol9;</p></lolz>\n");
    }

    /** An SVG image whose title is a billion laughs. */
    public static Path billionLaughsSvg(Path file) throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\"?>\n" + BILLION_LAUGHS_DTD.replace("lolz", "svg")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>&lol9;</title>"
                + "<text x=\"0\" y=\"5\">&lol9;</text></svg>\n");
    }

    /** A real DOCX whose word/document.xml declares the billion laughs and uses them in its paragraph. */
    public static Path billionLaughsDocx(Path file) throws IOException {
        return docxWithDoctype(file, BILLION_LAUGHS_DTD.replace("lolz", "w:document"), "&lol9;");
    }

    /** An external entity {@code &xxe;} whose system id is {@code systemId}, and a parameter entity fetched at once. */
    public static String externalEntityDtd(String root, String systemId, String parameterSystemId) {
        return "<!DOCTYPE " + root + " [\n <!ENTITY xxe SYSTEM \"" + systemId + "\">\n"
                + " <!ENTITY % remote SYSTEM \"" + parameterSystemId + "\">\n %remote;\n]>\n";
    }

    /** An XML file with an external entity in its text: {@code <p>intro &xxe;</p>}. */
    public static Path externalEntityXml(Path file, String intro, String systemId, String parameterSystemId)
            throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\"?>\n" + externalEntityDtd("doc", systemId, parameterSystemId)
                + "<doc><p>" + intro + " &xxe;</p></doc>\n");
    }

    /** An XHTML page with an external entity in its body. */
    public static Path externalEntityHtml(Path file, String intro, String systemId, String parameterSystemId)
            throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\"?>\n" + externalEntityDtd("html", systemId, parameterSystemId)
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Notice</title></head><body><p>" + intro
                + " &xxe;</p></body></html>\n");
    }

    /** A real DOCX whose word/document.xml declares an external entity and uses it after {@code intro}. */
    public static Path externalEntityDocx(Path file, String intro, String systemId, String parameterSystemId)
            throws IOException {
        return docxWithDoctype(file, externalEntityDtd("w:document", systemId, parameterSystemId), intro + " &xxe;");
    }

    /** A DOCX made by POI, then its document.xml given a DOCTYPE and its one paragraph's text replaced. */
    private static Path docxWithDoctype(Path file, String doctype, String paragraph) throws IOException {
        String placeholder = "PLACEHOLDER-PARAGRAPH";
        Path whole = Fixtures.docx(Files.createTempFile("plain", ".docx"), "Entities", placeholder);
        try (ZipFile source = new ZipFile(whole.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                byte[] bytes = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:document");
                    xml = xml.substring(0, body) + doctype + xml.substring(body).replace(placeholder, paragraph);
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        } finally {
            Files.delete(whole);
        }
        return file;
    }

    /** A PDF of one page of text, encrypted (AES-256) with a user password nobody gives Citebot. */
    public static Path encryptedPdf(Path file, String text) throws IOException {
        Path plain = Fixtures.pdf(Files.createTempFile("plain", ".pdf"), "Sealed", text);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(file.toFile());
        } finally {
            Files.delete(plain);
        }
        return file;
    }

    /** The first {@code percent}% of a real PDF of text: cut off mid-file, without its cross-reference table. */
    public static Path truncatedPdf(Path file, String text, int percent) throws IOException {
        Path whole = Fixtures.pdf(Files.createTempFile("whole", ".pdf"), "Cut short", text);
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * percent / 100));
    }
}
