package dev.citebot.pipeline;

/** What is known about one indexed document, without its text. */
public record DocumentSummary(String id, String path, String title, String contentType, long passages,
                              long sizeBytes, int characters) {
}
