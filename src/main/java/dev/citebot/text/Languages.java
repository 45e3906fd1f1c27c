package dev.citebot.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which language a text is written in, as an ISO 639-1 code ("de", "zh"), from character n-gram profiles of about
 * seventy languages that the jar carries (the Optimaize detector Tika's language detection wraps): no network.
 * The profiles load on first use, once for the JVM however many {@code Languages} there are (each {@code Terms} has
 * one: the pipeline's, the LLM answerer's): loading and building them takes a second or more; their n-gram table is
 * then held sparsely ({@link SparseNgramMap}: about 10 MB of heap instead of 75). Thread-safe.
 */
public final class Languages {
    /** The language of a text too short or too mixed to tell: analysed and split as English, as before languages. */
    public static final String UNDETERMINED = "und";
    public static final String ENGLISH = "en";
    /** Below this many letters a text's n-grams say too little; the caller falls back to what it knows. */
    static final int MIN_LETTERS = 40;
    /** A paragraph whose language differs from its document's must be this clearly so. */
    static final double SURE = 0.95;
    private static final int SAMPLE_CHARS = 20_000;

    /** The text's language when it is clear (probability at least {@code minProbability}), else empty. */
    public Optional<String> detect(String text, double minProbability) {
        if (letters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        return best(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text, minProbability,
                CommonTextObjectFactories.forDetectingOnLargeText());
    }

    /**
     * A question's language: English when it is plainly so ({@link EnglishWords#plainEnglish}, most English
     * questions), else the detector's when it is sure of it; short questions usually say too little.
     */
    public Optional<String> detectQuestion(String text) {
        if (letters(text) < 12) {
            return Optional.empty();
        }
        if (EnglishWords.plainEnglish(text)) { // a word list look-up per word, some 50 times faster than n-grams
            return Optional.of(ENGLISH);
        }
        return best(text, SURE, CommonTextObjectFactories.forDetectingShortCleanText());
    }

    /** The language of a whole document: its best guess, {@link #UNDETERMINED} when there is none. */
    public String ofDocument(String text) {
        return detect(text, 0.5).orElse(UNDETERMINED);
    }

    private Optional<String> best(String text, double minProbability, TextObjectFactory factory) {
        Map<String, Double> byLanguage = new HashMap<>(); // zh-CN and zh-TW are both Chinese
        for (DetectedLanguage d : detector().getProbabilities(factory.forText(text))) {
            byLanguage.merge(d.getLocale().getLanguage(), d.getProbability(), Double::sum);
        }
        return byLanguage.entrySet().stream().filter(e -> e.getValue() >= minProbability)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * Loads the language profiles now, if no detection has yet (a restart whose documents' languages were kept
     * detects nothing): called in the background once the bot is ready, so that the first question need not wait.
     */
    public void warmUp() {
        detector();
    }

    private static LanguageDetector detector() {
        return Detector.SHARED;
    }

    /** The detector, built when first asked for (the JVM initialises a holder class once, thread-safely). */
    private static final class Detector {
        static final LanguageDetector SHARED = load();

        private static LanguageDetector load() {
            try {
                return SparseNgramMap.compact(LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How much a text says, in letters; a Chinese or Japanese character says about as much as two. */
    static int letters(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) ? 2 : Character.isLetter(c) ? 1 : 0).sum();
    }

    /** True for the languages analysed, split and embedded as English (English, and texts of no clear language). */
    public static boolean readsAsEnglish(String language) {
        return ENGLISH.equals(language) || UNDETERMINED.equals(language);
    }
}
