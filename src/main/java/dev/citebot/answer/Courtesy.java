package dev.citebot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The question without the words people wrap around it in a chat: greetings and thanks ("Hi!", "Thanks."),
 * requests about the answer itself ("Please answer carefully."), and polite openings ("Could you tell me",
 * "I'd like to know"). Those words are in no document, so they would count as the documents' silence on the
 * question, and "Please" would be taken for a name. English only, like the rest of the answer stage.
 */
public final class Courtesy {
    private static final String GREETING = "(hi|hello|hey|good (morning|afternoon|evening)|thanks?( you)?( a lot)?"
            + "|many thanks|cheers|ok(ay)?|great|cool)";
    /** A whole sentence that only greets, thanks or asks for a kind of answer. */
    private static final Pattern FILLER_SENTENCE = Pattern.compile("(?i)^(" + GREETING + "|(please|kindly)?\\s*"
            + "(answer|reply|respond|be)( (me|this|it))?( (carefully|briefly|precisely|concisely|in detail|short"
            + "|honestly|accurately))*|(please )?(help|help me)|thanks? in advance)[\\s.!,]*$");
    private static final Pattern OPENING = Pattern.compile("(?i)^(" + GREETING + "[\\s,!.]+)?("
            + "(please[\\s,]+)?(could|can|would|will) you( please)?( kindly)? (tell|show|explain( to)?|let) me( know)?"
            + "[\\s,:]*|i(['’]d| would) like to know[\\s,:]*|i want to know[\\s,:]*|i (was|am) wondering[\\s,:]*"
            + "|do you know[\\s,:]*|(please|kindly)[\\s,]+(tell me|let me know|explain)?[\\s,:]*|tell me[\\s,:]*"
            + "|quick question[\\s,:]*)");
    private static final Pattern TRAILING_PLEASE = Pattern.compile("(?i)[\\s,]+please(?=\\s*[?.!]*$)");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.?!])\\s+");

    private Courtesy() {
    }

    /** The question's own words; the question as it is when nothing else would be left. */
    public static String strip(String question) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE.split(question.strip())) {
            if (FILLER_SENTENCE.matcher(sentence.strip()).matches()) {
                continue;
            }
            String s = OPENING.matcher(sentence.strip()).replaceFirst("");
            s = TRAILING_PLEASE.matcher(s).replaceFirst("");
            if (!s.isBlank()) {
                kept.append(kept.length() > 0 ? " " : "").append(capitalise(s.strip()));
            }
        }
        return kept.isEmpty() ? question : kept.toString();
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
