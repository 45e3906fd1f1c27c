package dev.citebot.ingest;

import java.util.regex.Pattern;

/** Picks a document's title: its metadata title, else its first heading or line, shortened. */
final class Titles {
    static final int MAX_LENGTH = 90;
    /** A dateline before the first line's words ("date 2023-08-16 Russian President ...") is not its title. */
    private static final Pattern METADATA = Pattern.compile("(?i)^\\s*(date|published|updated|posted|created)"
            + "\\s*[:=]?\\s*\\d{4}-\\d{2}-\\d{2}(T[\\d:.Z+-]+)?\\s*");

    private Titles() {
    }

    static String choose(String metadataTitle, String text, String fileName) {
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return shorten(metadataTitle.strip());
        }
        for (String line : text.split("\n")) {
            String candidate = METADATA.matcher(line.replaceFirst("^\\s*#+\\s*", "")).replaceFirst("").strip();
            if (!candidate.isEmpty()) {
                return shorten(candidate);
            }
        }
        return fileName;
    }

    static String shorten(String title) {
        String oneLine = title.replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', MAX_LENGTH - 1);
        return oneLine.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1) + "…";
    }
}
