package dev.citebot.answer;

import dev.citebot.index.Bm25Index;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a question's key terms occur somewhere in the documents. Key terms are the names in the
 * question (capitalised words after its first word, runs of them kept together as one name) and numbers.
 * A question about a name no document mentions cannot be answered from the documents, however close some
 * passage looks.
 */
public final class KeyTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    private final Terms terms;

    public KeyTerms(Terms terms) {
        this.terms = terms;
    }

    /** The names and numbers of the question that no passage contains, as written in the question. */
    public List<String> missing(String question, Bm25Index index) {
        List<String> missing = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean nameMissing = false;
        Matcher m = WORD.matcher(question);
        boolean first = true;
        while (m.find()) {
            String word = m.group().replaceAll("[.’'-]+$", "");
            boolean key = !first && isKey(word);
            first = false;
            if (key) {
                boolean absent = absent(word, index);
                name.append(name.length() > 0 ? " " : "").append(word);
                nameMissing |= absent;
                continue;
            }
            if (name.length() > 0 && nameMissing) {
                missing.add(name.toString());
            }
            name.setLength(0);
            nameMissing = false;
        }
        if (name.length() > 0 && nameMissing) {
            missing.add(name.toString());
        }
        return missing;
    }

    private static boolean isKey(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || word.chars().anyMatch(Character::isDigit));
    }

    private boolean absent(String word, Bm25Index index) {
        List<String> analysed = terms.of(word);
        return !analysed.isEmpty() && analysed.stream().anyMatch(t -> index.passagesWith(t) == 0);
    }

    /** Share of the question's terms (weighted by rarity) that occur somewhere in the documents. */
    public double coverage(List<String> questionTerms, Bm25Index index) {
        double total = 0;
        double seen = 0;
        for (String t : questionTerms) {
            double idf = index.idf(t);
            total += idf;
            if (index.passagesWith(t) > 0) {
                seen += idf;
            }
        }
        return total == 0 ? 0 : seen / total;
    }
}
