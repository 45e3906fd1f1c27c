package dev.citebot.reindex;

import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.IngestFailure;
import dev.citebot.ingest.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one re-index run did: what is in the new index, what changed since the previous one, how much was
 * embedded and how much reused, and which files failed with their reasons. Paths only, never text.
 */
public record ReindexReport(String reason, int documents, int passages, List<String> added, List<String> changed,
                            List<String> removed, int embeddedTexts, int reusedTexts, List<IngestFailure> failed,
                            long tookMs) {
    public ReindexReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        failed = List.copyOf(failed);
    }

    public static ReindexReport of(String reason, KnowledgeIndex before, KnowledgeIndex after, long tookMs) {
        Map<String, String> old = new HashMap<>();
        if (before != null) {
            before.documents().forEach(d -> old.put(d.path(), d.sha256()));
        }
        Map<String, String> now = new HashMap<>();
        after.documents().forEach(d -> now.put(d.path(), d.sha256()));
        List<String> added = after.documents().stream().map(SourceDocument::path).filter(p -> !old.containsKey(p))
                .toList();
        List<String> changed = after.documents().stream()
                .filter(d -> old.containsKey(d.path()) && !old.get(d.path()).equals(d.sha256()))
                .map(SourceDocument::path).toList();
        List<String> removed = old.keySet().stream().filter(p -> !now.containsKey(p)).sorted().toList();
        return new ReindexReport(reason, after.documents().size(), after.passages().size(), added, changed, removed,
                after.stats().embeddedTexts(), after.stats().reusedTexts(), after.failures(), tookMs);
    }
}
