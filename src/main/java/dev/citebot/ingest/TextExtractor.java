package dev.citebot.ingest;

import dev.citebot.config.IngestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts plain text and metadata from one file with Tika in this JVM; a fresh handler and context per file.
 * Bounded by file size and text length only: {@link IsolatedExtractor} also bounds time and memory.
 */
public final class TextExtractor implements Extractor {

    // Made on first use: loading every Tika parser takes a good part of a second, and a restart whose files are
    // all in the extraction cache parses nothing.
    private volatile Parser parser;
    private final int maxChars;
    private final Ocr ocr;

    /** Without OCR: images and scanned PDFs yield no text. */
    public TextExtractor(int maxChars) {
        this(maxChars, Ocr.off("not asked for"));
    }

    /** In this JVM with the configured bounds and OCR, as the command-line tools (eval, benchmarks) read files. */
    public static TextExtractor configured(IngestConfig ingest) {
        return new TextExtractor(ingest.maxChars(), Ocr.detect(ingest.ocr()));
    }

    public TextExtractor(int maxChars, Ocr ocr) {
        this.maxChars = maxChars;
        this.ocr = ocr;
    }

    @Override
    public Ocr ocr() {
        return ocr;
    }

    @Override
    public Extraction extract(Path file) throws IOException {
        StructuredText text = new StructuredText();
        WriteOutContentHandler handler = new WriteOutContentHandler(text, maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        ocr.configure(context);
        try (InputStream in = Files.newInputStream(file)) {
            parser().parse(in, handler, metadata, context);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IOException("extracted text is longer than " + maxChars + " characters");
            }
            throw new IOException("unreadable content: " + e.getMessage(), e);
        } catch (TikaException e) {
            throw new IOException(reason(e), e);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return new Extraction(text.text(), title == null ? "" : title.strip(),
                type == null ? "application/octet-stream" : type.split(";")[0].strip(), text.headings());
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new AutoDetectParser();
                }
                p = parser;
            }
        }
        return p;
    }

    private static String reason(TikaException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "cannot parse: " + message;
    }
}
