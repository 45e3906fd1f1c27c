package dev.citebot.index;

import dev.citebot.ingest.SourceDocument;

/**
 * One document of an index with what decides its vectors and the vectors themselves: enough for another process
 * to rebuild the same index without embedding (the shared store keeps these).
 */
public record IndexedDocument(SourceDocument document, VectorKey key, DocumentVectors vectors) {
}
