package dev.citebot.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one file into text. Each call starts from nothing: no handler, buffer or metadata survives from one
 * file to the next, so a parser never carries text from one file into another.
 */
public interface Extractor extends AutoCloseable {
    /** Text, Tika's title (may be blank), detected media type and headings (in order; may be none) of one file. */
    record Extraction(String text, String title, String contentType, List<String> headings) {
        public Extraction {
            headings = List.copyOf(headings);
        }
    }

    Extraction extract(Path file) throws IOException;

    /** Whether images and scanned PDF pages are read by OCR. */
    default Ocr ocr() {
        return Ocr.off("not done by this extractor");
    }

    @Override
    default void close() {
    }
}
