package dev.citebot.answer;

/**
 * Where a sentence of an answer comes from, so a person can check it.
 *
 * @param n             the number shown in the answer as {@code [n]}
 * @param documentId    id of the document ({@code /api/documents/{id}})
 * @param path          path of the document relative to the seeds folder
 * @param title         title of the document
 * @param text          the cited sentence with its neighbours, readable on its own
 * @param start         offset of {@code text} in the document's extracted text
 * @param end           offset just past {@code text}
 * @param quote         the sentence that supports the answer (inside {@code text})
 * @param quoteStart    offset of {@code quote} in the document's extracted text
 * @param quoteEnd      offset just past {@code quote}
 * @param passageIndex  index of the passage within its document
 * @param score         how well the sentence matches the question (0..1)
 * @param section       the heading of the section the quote stands in, or the synopsis line above its paragraph,
 *                      when that names the code the section is about and the quote does not ("PRAGMA table_info"
 *                      above "This pragma returns one row for each normal column ..."); empty otherwise
 */
public record Citation(int n, String documentId, String path, String title, String text, int start, int end,
                       String quote, int quoteStart, int quoteEnd, int passageIndex, double score, String section) {

    public Citation {
        section = section == null ? "" : section;
    }

    /** A citation without a section heading. */
    public Citation(int n, String documentId, String path, String title, String text, int start, int end,
                    String quote, int quoteStart, int quoteEnd, int passageIndex, double score) {
        this(n, documentId, path, title, text, start, end, quote, quoteStart, quoteEnd, passageIndex, score, "");
    }
}
