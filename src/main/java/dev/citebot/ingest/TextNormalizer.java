package dev.citebot.ingest;

import java.util.regex.Pattern;

/** Tidies extracted text so that passages and offsets read well: unified newlines, no runs of blank lines. */
final class TextNormalizer {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern BLANK_RUN = Pattern.compile("\\n{3,}");
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        text = BLANK_RUN.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
