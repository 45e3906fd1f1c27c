package dev.citebot.pipeline;

import java.util.List;

/**
 * What is known about one indexed document, without its text.
 *
 * @param language  the document's language (ISO 639-1, or "und" when its text is too short to tell)
 * @param languages every language of its text, the document's first (a paragraph clearly in another language
 *                  adds that one)
 */
public record DocumentSummary(String id, String path, String title, String contentType, long passages,
                              long sizeBytes, int characters, String language, List<String> languages) {
    public DocumentSummary {
        languages = List.copyOf(languages);
    }
}
