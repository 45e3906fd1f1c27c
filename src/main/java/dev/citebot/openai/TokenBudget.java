package dev.citebot.openai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a reply through word by word while it stays within {@code max_tokens}, and counts its tokens for
 * {@code usage}. The reply may come in pieces (a stream) that end inside a word: the end of a piece waits until
 * its word is complete, so a cut never sends half a word, nor a word that the next piece makes too long.
 */
final class TokenBudget {
    /** A word with the spaces before it: the unit that is sent or cut (spaces alone count no tokens). */
    private static final Pattern WORD = Pattern.compile("\\s*\\S+");

    private final Tokens tokens;
    private final int limit;
    private final StringBuilder pending = new StringBuilder();
    private int used;
    private boolean cut;

    TokenBudget(Tokens tokens, int limit) {
        this.tokens = tokens;
        this.limit = limit;
    }

    /** What of the text so far may be sent now: its complete words, as long as they fit. */
    String take(String piece) {
        if (cut) {
            return "";
        }
        pending.append(piece);
        return pass(false);
    }

    /** The rest, at the end of the reply: the last word, if it fits, and the spaces after it. */
    String finish() {
        return cut ? "" : pass(true);
    }

    /** True when the reply was cut short: its finish reason is then "length". */
    boolean cut() {
        return cut;
    }

    /** Tokens let through. */
    int used() {
        return used;
    }

    String finishReason() {
        return cut ? "length" : "stop";
    }

    private String pass(boolean last) {
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(pending);
        int sent = 0;
        while (word.find() && (last || word.end() < pending.length())) {
            int n = tokens.count(word.group());
            if (used + n > limit) {
                cut = true;
                pending.setLength(0);
                return out.toString();
            }
            used += n;
            out.append(word.group());
            sent = word.end();
        }
        if (last) {
            out.append(pending, sent, pending.length());
            sent = pending.length();
        }
        pending.delete(0, sent);
        return out.toString();
    }
}
