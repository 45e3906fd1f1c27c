package dev.citebot.mattermost;

import dev.citebot.chat.ChatText;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import java.util.List;

/**
 * An answer as Mattermost markdown: the answer with its {@code [n]} markers, then its sources (title and a trimmed
 * quote). Document text is escaped so that it cannot mention anyone ({@code @channel}), make a link or style
 * the message.
 */
final class MattermostMarkdown {
    /** Mattermost's limit is 16,383 characters a post; this leaves room for the sources. */
    static final int MAX_ANSWER_CHARS = 12_000;
    private static final int QUOTE_CHARS = 200;

    private MattermostMarkdown() {
    }

    static String answer(Answer answer) {
        StringBuilder text = new StringBuilder(escape(ChatText.trim(answer.answer(), MAX_ANSWER_CHARS)));
        List<Citation> sources = answer.answerable() ? answer.citations() : answer.closestMatches();
        if (!sources.isEmpty()) {
            text.append(answer.answerable() ? "\n\n**Sources**" : "\n\n**Closest passages**");
        }
        for (Citation c : sources) {
            String quote = answer.answerable() ? c.quote() : c.text();
            text.append("\n- **\\[").append(c.n()).append("\\] ").append(escape(ChatText.trim(c.title(), 120))).append("**: “")
                    .append(escape(ChatText.trim(quote, QUOTE_CHARS))).append("”");
        }
        return text.toString();
    }

    /**
     * HTML-like brackets become entities (Mattermost reads {@code <!channel>} as a mention and {@code <url|x>} as
     * a link); markdown's own marks are backslash-escaped; a word joiner after {@code @} stops mentions.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("@\u2060");
                case '\\', '[', ']', '(', ')', '*', '_', '`', '~', '#', '|' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
