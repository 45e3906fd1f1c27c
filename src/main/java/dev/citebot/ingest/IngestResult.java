package dev.citebot.ingest;

import java.util.List;

/** What a pass over the seeds folder produced: readable documents and the files that failed. */
public record IngestResult(List<SourceDocument> documents, List<IngestFailure> failures) {
    public IngestResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
