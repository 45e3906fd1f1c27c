package dev.citebot.index;

/**
 * What decides a document's vectors: its content, the model, and how it was cut into passages. Two documents
 * with equal keys have equal vectors, so a key found in a {@link VectorCache} need not be embedded again.
 *
 * @param contentSha256 hex SHA-256 of the file's bytes
 * @param model         the embedding model's name
 * @param chunking      the passage settings and the context header put in front of each text (it comes from
 *                      the file name, so a renamed file is embedded again)
 */
public record VectorKey(String contentSha256, String model, String chunking) {
}
