package dev.citebot.collections;


/**
 * A document of a collection as the upload API shows it.
 *
 * @param id          its id: the same in citations, {@code /api/documents} and the upload routes
 * @param name        the file name it was uploaded with (metadata only: it is never used as a path)
 * @param contentType the content type it was sent with
 * @param sizeBytes   its size
 * @param uploaded    when it was stored (ISO 8601; for the seeds folder's documents: when it was last indexed)
 * @param status      queued, indexing, ready or failed
 * @param reason      why it failed; null otherwise
 */
public record UploadedDocument(String id, String name, String contentType, long sizeBytes, String uploaded,
                               String status, String reason) {
    public static final String QUEUED = "queued";
    public static final String INDEXING = "indexing";
    public static final String READY = "ready";
    public static final String FAILED = "failed";

    UploadedDocument with(String newStatus, String newReason) {
        return new UploadedDocument(id, name, contentType, sizeBytes, uploaded, newStatus, newReason);
    }
}
