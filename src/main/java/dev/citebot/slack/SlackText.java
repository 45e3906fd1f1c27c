package dev.citebot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text going to and coming from Slack. Slack reads {@code <...>} as mentions ({@code <!channel>}, {@code <@U1>})
 * and links ({@code <https://x|y>}), so document text is escaped before it is shown: no document can ping a
 * channel, mention a person or disguise a link.
 */
final class SlackText {
    /** Slack's limit for the text of one section block. */
    static final int MAX_SECTION_CHARS = 3000;

    private static final Pattern USER_MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private SlackText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What a person typed, as the pipeline should read it: mentions of the bot removed, Slack's escaping undone. */
    static String question(String slackText) {
        String plain = USER_MENTION.matcher(slackText).replaceAll(" ");
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** The text escaped and, if that is longer than {@code max}, cut at a space (never inside an escape) with "…". */
    static String escapedTrim(String text, int max) {
        List<String> pieces = escapedPieces(text.strip().replaceAll("\\s+", " "), max - 1);
        if (pieces.isEmpty()) {
            return "";
        }
        return pieces.size() == 1 ? pieces.get(0) : pieces.get(0) + "…";
    }

    /** Escaped text in pieces of at most {@code max} characters, cut at spaces and never inside an escape. */
    static List<String> escapedPieces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = escape(text.strip());
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int cutPoint(String text, int max) {
        int space = text.lastIndexOf(' ', max);
        if (space > max / 2) {
            return space;
        }
        // no space near the end: cut hard, but step back before an escape such as "&amp;" that would be split
        int amp = text.lastIndexOf('&', max - 1);
        boolean splitsEscape = amp >= 0 && amp > max - 5 && text.indexOf(';', amp) >= max;
        return splitsEscape && amp > 0 ? amp : max;
    }
}
