package dev.citebot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The question without the words people wrap around it in a chat: greetings and thanks ("Hi!", "Thanks."),
 * requests about the answer itself ("Please answer carefully."), and polite openings ("Could you tell me",
 * "I'd like to know"). Those words are in no document, so they would count as the documents' silence on the
 * question, and "Please" would be taken for a name. In English, German, Spanish and French ("Hallo!", "Können Sie
 * mir sagen", "¿Puede decirme", "Pouvez-vous me dire"); the words of each are known in any question, since no
 * language's courtesy words are another's question words.
 */
public final class Courtesy {
    private static final String GREETING = "(hi|hello|hey|good (morning|afternoon|evening)|thanks?( you)?( a lot)?"
            + "|many thanks|cheers|ok(ay)?|great|cool"
            + "|hallo|guten (morgen|tag|abend)|moin|servus|danke( schön| sehr)?|vielen dank"
            + "|hola|buen(os|as) (días|tardes|noches)|(muchas )?gracias"
            + "|bonjour|bonsoir|salut|merci( beaucoup)?)";
    /** "¿" and "¡" open a Spanish question or exclamation; they stay with what is left of it. */
    private static final String SPANISH_OPENING_MARK = "[¿¡]";
    /** A whole sentence that only greets, thanks or asks for a kind of answer. */
    private static final Pattern FILLER_SENTENCE = Pattern.compile("(?iu)^" + SPANISH_OPENING_MARK + "?("
            + GREETING + "|(please|kindly)?\\s*"
            + "(answer|reply|respond|be)( (me|this|it))?( (carefully|briefly|precisely|concisely|in detail|short"
            + "|honestly|accurately))*|(please )?(help|help me)|thanks? in advance)[\\s.!,]*$");
    private static final Pattern OPENING = Pattern.compile("(?iu)^(" + GREETING + "[\\s,!.]+)?("
            + "(please[\\s,]+)?(could|can|would|will) you( please)?( kindly)? (tell|show|explain( to)?|let) me( know)?"
            + "[\\s,:]*|i(['’]d| would) like to know[\\s,:]*|i want to know[\\s,:]*|i (was|am) wondering[\\s,:]*"
            + "|do you know[\\s,:]*|(please|kindly)[\\s,]+(tell me|let me know|explain)?[\\s,:]*|tell me[\\s,:]*"
            + "|quick question[\\s,:]*"
            + "|(bitte[\\s,]+)?(können|könnten|kannst|könntest) (sie|du)( mir)?( bitte)? (sagen|erklären|zeigen)[\\s,:]*"
            + "|ich (möchte|würde gerne?|will) wissen[\\s,:]*|(wissen sie|weißt du)[\\s,:]*|sag(en sie)? mir( bitte)?[\\s,:]*"
            + "|(puede|podría|puedes|podrías)( usted)? (decirme|explicarme|mostrarme)[\\s,:]*|me gustaría saber[\\s,:]*"
            + "|quiero saber[\\s,:]*|(sabe usted|sabe|sabes)[\\s,:]+|(por favor[\\s,]+)?(dígame|dime)[\\s,:]*"
            + "|(pouvez-vous|pourriez-vous|peux-tu|pourrais-tu)( me)? (dire|expliquer|montrer)[\\s,:]*"
            + "|je (voudrais|veux|souhaite|souhaiterais) savoir[\\s,:]*|j['’]aimerais savoir[\\s,:]*"
            + "|(savez-vous|sais-tu)[\\s,:]+|dites-moi[\\s,:]*|dis-moi[\\s,:]*"
            + "|(bitte|por favor|s['’]il (vous|te) pla[iî]t)[\\s,]+)");
    /** "Please" at the end of a question, in each language: written as typed, the apostrophe and "î" either way. */
    private static final List<String> PLEASE = List.of("please", "bitte", "por favor", "s'il vous plaît",
            "s'il te plaît");
    private static final Pattern TRAILING_PLEASE = Pattern.compile("(?iu)[\\s,]+("
            + PLEASE.stream().map(w -> w.replace("'", "['’]").replace("î", "[iî]")).collect(Collectors.joining("|"))
            + ")(?=\\s*[?.!]*$)");
    /** {@link #PLEASE}'s words as {@link #saysPlease} looks for them. */
    private static final List<String> PLAIN_PLEASE = PLEASE.stream().map(Courtesy::plain).toList();
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
            String mark = sentence.strip().startsWith("¿") ? "¿" : "";
            String s = OPENING.matcher(sentence.strip().substring(mark.length())).replaceFirst("");
            if (saysPlease(s)) {
                s = TRAILING_PLEASE.matcher(s).replaceFirst("");
            }
            if (!s.isBlank()) {
                kept.append(kept.length() > 0 ? " " : "").append(mark).append(capitalise(s.strip()));
            }
        }
        return kept.isEmpty() ? question : kept.toString();
    }

    /** One of {@link #PLEASE}'s words, in any case: without one, {@link #TRAILING_PLEASE} need not be tried. */
    private static boolean saysPlease(String s) {
        String folded = plain(s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)); // the regex's folding, both ways
        return PLAIN_PLEASE.stream().anyMatch(folded::contains);
    }

    /** The word with the letters {@link #TRAILING_PLEASE} takes either way written one way. */
    private static String plain(String s) {
        return s.replace('’', '\'').replace('î', 'i');
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
