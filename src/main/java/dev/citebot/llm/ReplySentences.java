package dev.citebot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a model's reply into sentences as it streams in, so each can be checked before anyone sees it. A sentence
 * ends at a line break, or at . ! ? followed by a space and the start of another sentence; citation markers just
 * after the full stop ("July 26. [1]") still belong to it. A sentence is only handed out once the next one has
 * begun (or the reply has ended), so its markers are never cut off.
 */
final class ReplySentences {
    /** A sentence and the white space that stood before it in the reply (kept for paragraphs and lists). */
    record Piece(String before, String text) {
    }

    private static final Pattern MARKER = Pattern.compile("\\[[^\\]\\[\\n]{0,40}\\]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc",
            "e.g", "i.e", "no", "fig", "gen", "gov", "sen", "rep", "prof", "inc", "ltd", "co", "u.s", "u.k", "u.n");

    private final StringBuilder buffer = new StringBuilder();
    private String pendingBefore = "";

    /** Adds streamed text; returns the sentences it completed. */
    List<Piece> add(String chunk) {
        buffer.append(chunk);
        List<Piece> done = new ArrayList<>();
        for (int end; (end = boundary()) > 0; ) {
            String sentence = buffer.substring(0, end);
            int next = end;
            while (next < buffer.length() && Character.isWhitespace(buffer.charAt(next))) {
                next++;
            }
            done.add(new Piece(pendingBefore, sentence.strip()));
            pendingBefore = buffer.substring(end, next);
            buffer.delete(0, next);
        }
        return done;
    }

    /** The reply has ended: the rest is the last sentence. */
    List<Piece> finish() {
        String rest = buffer.toString().strip();
        buffer.setLength(0);
        return rest.isEmpty() ? List.of() : List.of(new Piece(pendingBefore, rest));
    }

    static List<Piece> all(String reply) {
        ReplySentences sentences = new ReplySentences();
        List<Piece> pieces = new ArrayList<>(sentences.add(reply));
        pieces.addAll(sentences.finish());
        return pieces;
    }

    /** End of the first complete sentence in the buffer, or -1 while it may still go on. */
    private int boundary() {
        for (int i = 0; i < buffer.length(); i++) {
            char c = buffer.charAt(i);
            if (c == '\n' && !buffer.substring(0, i).isBlank() && hasMoreAfter(i)) {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && !abbreviation(i)) {
                int end = endOfSentence(i + 1);
                if (end > 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** After a full stop: closing quotes and markers belong to the sentence; then space and a new sentence. */
    private int endOfSentence(int from) {
        int j = from;
        while (j < buffer.length() && "\"')”’*_".indexOf(buffer.charAt(j)) >= 0) {
            j++;
        }
        int end = j;
        while (true) {
            int k = end;
            while (k < buffer.length() && buffer.charAt(k) == ' ') {
                k++;
            }
            if (k < buffer.length() && buffer.charAt(k) == '[') {
                Matcher m = MARKER.matcher(buffer).region(k, buffer.length());
                if (!m.lookingAt()) {
                    return buffer.indexOf("]", k) < 0 && buffer.length() - k < 40 ? -1 : end;
                }
                end = m.end();
                continue;
            }
            break;
        }
        int next = end;
        while (next < buffer.length() && Character.isWhitespace(buffer.charAt(next))) {
            next++;
        }
        if (next == end || next >= buffer.length()) {
            return -1;
        }
        return Character.isLowerCase(buffer.charAt(next)) ? -1 : end;
    }

    private boolean hasMoreAfter(int i) {
        for (int j = i; j < buffer.length(); j++) {
            if (!Character.isWhitespace(buffer.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private boolean abbreviation(int dot) {
        if (buffer.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && (Character.isLetter(buffer.charAt(start - 1)) || buffer.charAt(start - 1) == '.')) {
            start--;
        }
        String word = buffer.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }
}
