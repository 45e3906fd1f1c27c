package dev.citebot.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metadata field of a date written before a text's first words, as exports of news sites and blogs write it:
 * "date 2023-08-16 Russian President ...", "Published: 2024-01-31". It is not part of the first sentence or the
 * title; the date itself is found by the answer stage's dateline rules.
 */
public final class Datelines {
    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(date|published|updated|posted|created)"
            + "\\s*[:=]?\\s*\\d{4}-\\d{2}-\\d{2}(T[\\d:.Z+-]+)?(?=\\s|$)");

    private Datelines() {
    }

    /** @return where the leading dateline of {@code text} ends (its last character's offset plus one), or 0 */
    public static int end(String text) {
        Matcher m = LEADING.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The text without its leading dateline, and without the spaces that followed it. */
    public static String strip(String text) {
        return text.substring(end(text)).stripLeading();
    }
}
