package dev.citebot.chunk;

import java.util.List;

/**
 * A readable piece of one document: a paragraph or a few sentences.
 *
 * @param documentId the document it comes from
 * @param index      its position among that document's passages, from 0
 * @param start      offset of its first character in the document's extracted text
 * @param end        offset just past its last character; {@code text == documentText.substring(start, end)}
 * @param text       the passage itself
 * @param sentences  the sentences it is made of, as spans of the document's text, in order
 */
public record Passage(String documentId, int index, int start, int end, String text, List<Span> sentences) {
    public Passage {
        sentences = List.copyOf(sentences);
    }
}
