package dev.citebot.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps a name of code whole and adds its parts at the same position: "child_process.exec" is also "child",
 * "process" and "exec", "os.eol" also "os" and "eol". A user who asks about "exec" or "the OS" then meets the
 * passage that writes {@code child_process.exec()} or {@code os.EOL}, and one who types the whole name still
 * meets it whole.
 */
final class IdentifierPartsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> parts = new ArrayDeque<>();

    IdentifierPartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            term.setEmpty().append(parts.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        parts.addAll(parts(term.toString()));
        return true;
    }

    /** The parts of a name joined by dots or underscores (none for a plain word or a number like "1.5"). */
    static List<String> parts(String token) {
        if (token.indexOf('.') < 0 && token.indexOf('_') < 0) {
            return List.of();
        }
        return java.util.Arrays.stream(token.split("[._]+"))
                .filter(p -> p.length() > 1 && !p.chars().allMatch(Character::isDigit))
                .filter(p -> !p.equals(token))
                .toList();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
