package dev.citebot.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.pipes.PipesResult;

/** Reads a parsed file's text, title and type out of a pipes result, or the reason it has none. */
final class PipesOutcome {
    private PipesOutcome() {
    }

    static Extractor.Extraction extraction(PipesResult result, int maxChars) throws IOException {
        List<Metadata> list = result.getEmitData() == null ? List.of() : result.getEmitData().getMetadataList();
        if (list.isEmpty()) {
            throw new IOException("no text could be extracted");
        }
        Metadata metadata = list.get(0);
        String failure = metadata.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (failure == null && result.getMessage() != null && result.getStatus() != PipesResult.STATUS.PARSE_SUCCESS) {
            failure = result.getMessage();
        }
        if (failure != null) {
            if (failure.contains("WriteLimitReached")) {
                throw new IOException("extracted text is longer than " + maxChars + " characters");
            }
            throw new IOException("cannot parse: " + rootCause(failure));
        }
        String text = metadata.get(TikaCoreProperties.TIKA_CONTENT);
        String title = metadata.get(TikaCoreProperties.TITLE);
        String type = metadata.get(Metadata.CONTENT_TYPE);
        StructuredText structured = StructuredText.of(text == null ? "" : text);
        return new Extractor.Extraction(structured.text(), title == null ? "" : title.strip(),
                type == null ? "application/octet-stream" : type.split(";")[0].strip(), structured.headings());
    }

    /** "Caused by: java.io.IOException: Missing root object" -> "Missing root object" (no stack, no classes). */
    static String rootCause(String stackTrace) {
        String cause = stackTrace.lines().findFirst().orElse("").strip();
        for (String line : stackTrace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).strip();
            }
        }
        int colon = cause.indexOf(": ");
        String message = colon >= 0 && cause.substring(0, colon).matches("[\\w.$]+") ? cause.substring(colon + 2) : cause;
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
