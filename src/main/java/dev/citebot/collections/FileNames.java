package dev.citebot.collections;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name an uploaded file is stored under inside its own folder (named by a random id): the file name sent,
 * reduced to letters, digits, '.', '-' and '_', never empty, never hidden, at most {@link #MAX_LENGTH}
 * characters; its extension must be one uploads take. The name as sent is kept as metadata only.
 */
final class FileNames {
    static final int MAX_LENGTH = 100;
    /** The extension of a file sent without one, from its content type. */
    private static final Map<String, String> BY_TYPE = Map.of("text/plain", "txt", "text/markdown", "md",
            "text/html", "html", "application/pdf", "pdf", "text/csv", "csv", "application/json", "json",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "image/png", "png", "image/jpeg", "jpg", "image/tiff", "tif");

    private FileNames() {
    }

    static String safe(String sent, String contentType, Set<String> allowed) {
        String base = sent == null ? "" : sent.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "");
        if (base.length() > MAX_LENGTH) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        String extension = extension(base);
        if (extension.isEmpty()) {
            String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            extension = BY_TYPE.getOrDefault(type, "");
            base = (base.isEmpty() ? "document" : base) + (extension.isEmpty() ? "" : "." + extension);
        }
        if (!allowed.contains(extension)) {
            throw new CollectionException(CollectionException.Kind.UNSUPPORTED, "'" + shown(sent)
                    + "': uploads take files ending in " + String.join(", ", new java.util.TreeSet<>(allowed))
                    + " (or a raw body with such a Content-Type)");
        }
        return base;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** A file name as sent, fit to be quoted in a message: control characters out, shortened. */
    static String shown(String sent) {
        String clean = sent == null ? "" : sent.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }
}
