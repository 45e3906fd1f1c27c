package dev.citebot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a short follow-up ("and when was he ousted?") without a language model: when the question
 * leans on the conversation (a pronoun, a leading "and", or very few words), retrieval also reads the
 * user's previous question. The pronouns and leading words are English, and those of the question's language
 * when it is German, Spanish or French ("und wann starb er?", "¿y cuándo murió él?", "et quand est-il mort ?");
 * a language's own words are read only in that language ("son" is French for "his", and English for a son).
 */
public final class FollowUps {
    private static final Words ENGLISH = new Words(Set.of("he", "she", "it", "they", "him", "her", "his", "hers",
            "its", "their", "them", "this", "that", "these", "those", "there", "then"), Set.of("and", "also"));
    // Articles that are also pronouns ("die", "das", "la", "le") are left out: they are in almost every question.
    private static final Map<String, Words> OTHERS = Map.of(
            "de", new Words(Set.of("er", "sie", "ihn", "ihm", "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine",
                    "seinen", "seinem", "seiner", "dieser", "diese", "dieses", "diesem", "diesen", "dort", "damals"),
                    Set.of("und", "auch")),
            "es", new Words(Set.of("él", "ella", "ellos", "ellas", "le", "les", "su", "sus", "este", "esta", "esto",
                    "estos", "estas", "ese", "esa", "eso", "allí", "allá", "entonces"), Set.of("y", "e", "también")),
            "fr", new Words(Set.of("il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "cet",
                    "cette", "ces", "cela", "ça", "là"), Set.of("et", "aussi")));
    private static final int SHORT = 5;

    private FollowUps() {
    }

    public static String retrievalText(String question, List<Turn> history) {
        return retrievalText(question, history, List.of());
    }

    /** As {@link #retrievalText(String, List)}, also reading the referring words of the question's languages. */
    public static String retrievalText(String question, List<Turn> history, Collection<String> languages) {
        Optional<String> previous = previousQuestion(history);
        if (previous.isEmpty() || !isFollowUp(question, languages)) {
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
        return isFollowUp(question, List.of());
    }

    static boolean isFollowUp(String question, Collection<String> languages) {
        String[] words = question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
        if (words.length <= SHORT) {
            return true;
        }
        List<Words> known = new ArrayList<>(List.of(ENGLISH));
        languages.stream().distinct().map(OTHERS::get).filter(Objects::nonNull).forEach(known::add);
        for (Words language : known) {
            if (language.leading().contains(words[0]) || Arrays.stream(words).anyMatch(language.referring()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A language's words that point back into the conversation, and those that open a follow-up ("and"). */
    private record Words(Set<String> referring, Set<String> leading) {
    }
}
