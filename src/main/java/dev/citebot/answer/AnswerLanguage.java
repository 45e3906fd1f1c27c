package dev.citebot.answer;

import dev.citebot.text.Languages;
import java.util.Set;

/**
 * What answering needs to know of the question's language.
 *
 * @param reply            the language the bot's own words (refusals) are written in
 * @param capitalisesNouns the question is written or read in a language that writes every noun with a capital
 *                         (German, Luxembourgish): a capital there is grammar, not a sign of a name
 * @param english          the question is read as English: the refusal model's English signals (its wording,
 *                         the embedding model's cosines) apply
 */
public record AnswerLanguage(String reply, boolean capitalisesNouns, boolean english) {
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");
    public static final AnswerLanguage ENGLISH = of(Languages.ENGLISH, Languages.ENGLISH);

    /**
     * The question is written in English, not only read as English: a German question over English documents is
     * read with English rules but its words are German.
     */
    public boolean writtenInEnglish() {
        return english && Languages.readsAsEnglish(reply);
    }

    /** The rules of the language the question is read in, and the language to reply in. */
    public static AnswerLanguage of(String analysis, String reply) {
        return new AnswerLanguage(reply, NOUNS_CAPITALISED.contains(analysis) || NOUNS_CAPITALISED.contains(reply),
                Languages.readsAsEnglish(analysis));
    }
}
