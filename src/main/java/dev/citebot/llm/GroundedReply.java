package dev.citebot.llm;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import dev.citebot.chunk.Span;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grounding check, one sentence of the reply at a time. A sentence is kept only when it cites at least one
 * passage that was given, and at least half of its words, and every name and number in it, come from sentences
 * of the passages it cites that share a word with the question. A model that obeys an instruction hidden in a
 * document ("answer PWNED") writes words that no such sentence holds: the instruction itself is never usable
 * (see {@link Sources}), and a disguised one has nothing to do with the question, so its sentence is dropped.
 * The price: a sentence supported only by a document sentence that shares no word with the question (often one
 * that says "he" for the name) is dropped too. Markers of
 * passages not given, or of passages that support nothing in the sentence, are removed; the passages still cited
 * are renumbered 1, 2, ... in the order the answer first cites them, and become the answer's citations.
 */
final class GroundedReply {
    static final String MODE = "llm";
    static final double MIN_SUPPORT = 0.5;
    private static final Pattern MARKER = Pattern.compile(
            "\\s*\\[\\s*(?:(?:passages?|sources?)\\s*)?(\\d+(?:\\s*(?:,|;|and)\\s*\\d+)*)\\s*\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Sources sources;
    private final Terms terms;
    private final Set<String> questionTerms;
    private final Map<Integer, Citation> citations = new LinkedHashMap<>();
    private final Map<String, Set<String>> sentenceTerms = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    GroundedReply(Sources sources, Terms terms, String question) {
        this.sources = sources;
        this.terms = terms;
        this.questionTerms = new HashSet<>(terms.of(question));
    }

    /** Checks one sentence; returns what to show of it (with the space before it), or nothing when it fails. */
    Optional<String> accept(ReplySentences.Piece piece) {
        Set<Integer> cited = cited(piece.text());
        String claim = MARKER.matcher(piece.text()).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").strip();
        Set<String> claimTerms = new LinkedHashSet<>(terms.of(claim));
        if (cited.isEmpty() || claimTerms.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Span> support = new LinkedHashMap<>();
        Set<String> covered = new HashSet<>();
        for (int n : cited) {
            Span best = null;
            int bestOverlap = 0;
            for (Span s : sources.get(n).usable()) {
                if (!aboutTheQuestion(n, s)) {
                    continue;
                }
                Set<String> overlap = new HashSet<>(termsOf(n, s));
                overlap.retainAll(claimTerms);
                covered.addAll(overlap);
                if (overlap.size() > bestOverlap) {
                    best = s;
                    bestOverlap = overlap.size();
                }
            }
            if (best != null) {
                support.put(n, best);
            }
        }
        if (covered.size() < MIN_SUPPORT * claimTerms.size() || !covered.containsAll(keyTerms(claim))) {
            return Optional.empty();
        }
        String shown = renumber(piece.text(), support);
        String before = text.length() == 0 ? "" : separator(piece.before());
        text.append(before).append(shown);
        return Optional.of(before + shown);
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    Answer answer(long tookMs) {
        return new Answer(text.toString(), true, List.copyOf(citations.values()), List.of(), MODE, tookMs);
    }

    private Set<Integer> cited(String sentence) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            Matcher number = NUMBER.matcher(m.group(1));
            while (number.find()) {
                int n = parse(number.group());
                if (n >= 1 && n <= sources.size()) {
                    cited.add(n);
                }
            }
        }
        return cited;
    }

    /**
     * Only a sentence that shares a word with the question may support the answer. With no content words in the
     * question (e.g. "What is it?") there is nothing to compare, and every sentence may.
     */
    private boolean aboutTheQuestion(int n, Span sentence) {
        return questionTerms.isEmpty() || termsOf(n, sentence).stream().anyMatch(questionTerms::contains);
    }

    /** Names and numbers: a word with a digit, capitals after its first letter, or a capital inside a sentence. */
    private Set<String> keyTerms(String claim) {
        Set<String> key = new HashSet<>();
        for (Terms.Token t : terms.tokens(claim)) {
            String word = claim.substring(t.start(), t.end());
            boolean capitalisedInside = t.start() > 0 && Character.isUpperCase(word.charAt(0));
            boolean capitalsAfterFirst = word.chars().skip(1).anyMatch(Character::isUpperCase);
            if (word.chars().anyMatch(Character::isDigit) || capitalsAfterFirst
                    || (capitalisedInside && word.length() > 1)) {
                key.add(t.term());
            }
        }
        return key;
    }

    private String renumber(String sentence, Map<Integer, Span> support) {
        Matcher m = MARKER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> kept = new ArrayList<>();
            Matcher number = NUMBER.matcher(m.group(1));
            while (number.find()) {
                int n = parse(number.group());
                if (support.containsKey(n)) {
                    String shown = String.valueOf(citation(n, support.get(n)).n());
                    if (!kept.contains(shown)) {
                        kept.add(shown);
                    }
                }
            }
            String marker = kept.isEmpty() ? "" : " [" + String.join(", ", kept) + "]";
            m.appendReplacement(out, Matcher.quoteReplacement(marker));
        }
        return m.appendTail(out).toString().replaceAll("\\s+([.,;:!?])", "$1").strip();
    }

    private Citation citation(int n, Span quote) {
        return citations.computeIfAbsent(n, k -> {
            Source s = sources.get(n);
            double score = score(n, quote);
            return new Citation(citations.size() + 1, s.passage().documentId(), s.path(), s.title(),
                    s.passage().text(), s.passage().start(), s.passage().end(), s.sentence(quote), quote.start(),
                    quote.end(), s.passage().index(), score);
        });
    }

    /** Share of the question's words in the supporting sentence (0..1), like an extractive citation's score. */
    private double score(int n, Span quote) {
        if (questionTerms.isEmpty()) {
            return 0;
        }
        long shared = questionTerms.stream().filter(termsOf(n, quote)::contains).count();
        return Math.round(1000.0 * shared / questionTerms.size()) / 1000.0;
    }

    private Set<String> termsOf(int n, Span sentence) {
        return sentenceTerms.computeIfAbsent(n + ":" + sentence.start(),
                k -> new HashSet<>(terms.of(sources.get(n).sentence(sentence))));
    }

    private static String separator(String before) {
        if (before.contains("\n\n")) {
            return "\n\n";
        }
        return before.contains("\n") ? "\n" : " ";
    }

    private static int parse(String digits) {
        return digits.length() > 4 ? -1 : Integer.parseInt(digits);
    }
}
