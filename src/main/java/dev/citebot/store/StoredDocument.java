package dev.citebot.store;

import dev.citebot.chunk.Passage;
import dev.citebot.index.DocumentVectors;
import dev.citebot.index.VectorKey;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import java.util.List;

/**
 * One row of {@code stored_documents} with its passages, as a reader read it. A row never changes once written (a
 * changed document is a new row), so a reader keeps the rows of the generation it serves and, for the next one,
 * reads only the rows it does not hold.
 *
 * @param languages null for a row written before the passages' languages were stored
 * @param passages  the writer's passages (empty for a row written before they were stored)
 */
record StoredDocument(SourceDocument document, VectorKey key, LanguageMap languages, List<Passage> passages,
                      DocumentVectors vectors) {
    StoredDocument {
        passages = List.copyOf(passages);
    }
}
