package dev.citebot.ingest;

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
 */
public record SourceDocument(String id, String path, String title, String contentType, String text,
                             long sizeBytes, String sha256) {
}
