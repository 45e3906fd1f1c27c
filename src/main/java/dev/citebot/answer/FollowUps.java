package dev.citebot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a short follow-up ("and when was he ousted?") without a language model: when the question
 * leans on the conversation (a pronoun, a leading "and", or very few words), retrieval also reads the
 * user's previous question.
 */
public final class FollowUps {
    private static final Set<String> REFERRING = Set.of("he", "she", "it", "they", "him", "her", "his", "hers",
            "its", "their", "them", "this", "that", "these", "those", "there", "then");
    private static final int SHORT = 5;

    private FollowUps() {
    }

    public static String retrievalText(String question, List<Turn> history) {
        Optional<String> previous = previousQuestion(history);
        if (previous.isEmpty() || !isFollowUp(question)) {
            return question;
        }
        return previous.get() + " " + question;
    }

    /** The user's last non-blank question in the conversation, stripped: what a follow-up is read with. */
    public static Optional<String> previousQuestion(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (t.fromUser() && t.content() != null && !t.content().isBlank()) {
                return Optional.of(t.content().strip());
            }
        }
        return Optional.empty();
    }

    static boolean isFollowUp(String question) {
        String[] words = question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
        if (words.length <= SHORT || words[0].equals("and") || words[0].equals("also")) {
            return true;
        }
        for (String w : words) {
            if (REFERRING.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
