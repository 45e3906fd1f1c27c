package dev.citebot.ingest;

import java.util.List;

/**
 * One file of the seeds folder after extraction.
 *
 * @param id          stable, URL-safe id derived from the relative path
 * @param path        path relative to the seeds folder, with forward slashes
 * @param title       document metadata title, else its first heading or line
 * @param contentType media type Tika detected
 * @param text        the extracted text; every passage offset points into it
 * @param sizeBytes   size of the file on disk
 * @param sha256      hex digest of the file's bytes
 * @param headings    the document's headings where they stand in {@code text}, in order (none for plain text)
 * @param definitions the terms of its definition lists and how far their descriptions reach, in the order the terms
 *                    stand (none but in HTML's {@code <dl>})
 */
public record SourceDocument(String id, String path, String title, String contentType, String text,
                             long sizeBytes, String sha256, List<Heading> headings, List<Definition> definitions) {
    public SourceDocument {
        headings = List.copyOf(headings);
        definitions = List.copyOf(definitions);
    }

    /** A document without definition lists. */
    public SourceDocument(String id, String path, String title, String contentType, String text, long sizeBytes,
                          String sha256, List<Heading> headings) {
        this(id, path, title, contentType, text, sizeBytes, sha256, headings, List.of());
    }

    /** A document without headings. */
    public SourceDocument(String id, String path, String title, String contentType, String text, long sizeBytes,
                          String sha256) {
        this(id, path, title, contentType, text, sizeBytes, sha256, List.of());
    }

    /** A heading and the offset of its first character in the document's text. */
    public record Heading(int start, String text) {
    }

    /**
     * A term of a definition list ({@code termStart} to {@code termEnd} of the text) and the end of the description
     * under it, which starts after the term.
     */
    public record Definition(int termStart, int termEnd, int end) {
    }
}
