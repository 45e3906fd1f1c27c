package dev.citebot.ingest;

import dev.citebot.text.Datelines;

/** Picks a document's title: its metadata title, else its first heading or line, shortened. */
final class Titles {
    static final int MAX_LENGTH = 90;

    private Titles() {
    }

    static String choose(String metadataTitle, String text, String fileName) {
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return shorten(metadataTitle.strip());
        }
        for (String line : text.split("\n")) {
            // a dateline before the first line's words ("date 2023-08-16 Russian President ...") is not its title
            String candidate = Datelines.strip(line.replaceFirst("^\\s*#+\\s*", "")).strip();
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
