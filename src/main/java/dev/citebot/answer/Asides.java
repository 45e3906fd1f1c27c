package dev.citebot.answer;

import java.util.regex.Pattern;

/**
 * Whether a name or number stands aside from what a question asks, so that the documents need not hold it: a value
 * the user gives as an example ("a unix timestamp like 1700000000", "an env var like DB_HOST", "a 300 character
 * string"), a tool the user wants to do without ("without piping to sed", "instead of calling seq"), or another
 * program the user compares with ("... like it does in zsh", "unlike fish"). A name after "like" is an example only
 * when it is a number or a constant's name as users name their own: "a tool like structlog" asks about structlog,
 * and "like row_number() over partition by" about a function of another system.
 */
final class Asides {
    /** Words before an example: "like", "say", "such as", "e.g.", "for example". */
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?i)\\b(like|say|such as|e\\.g\\.?|for (example|instance))[\\s,:]*$");
    /** "a 300 character string", "an 8 GB file": a quantity of the user's own thing. */
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\ban?\\s+$");
    /** A tool the user does without, up to two words before its name: "without piping to sed". */
    private static final Pattern WITHOUT = Pattern.compile(
            "(?i)\\b(without|instead of|rather than|other than)\\s+(\\w+\\s+){0,2}$");
    /** Another program the question compares with: "like it does in zsh", "unlike fish", "as it is in ksh". */
    private static final Pattern COMPARED = Pattern.compile(
            "(?i)(\\bunlike|\\b(like|as) (it|they|he|she|we|you|one) \\w+( \\w+)? (in|with|on|under))\\s+$");

    /** A name such as users give their own settings and variables: "DB_HOST", "MAX_RETRIES". */
    private static final Pattern USER_CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+");

    private Asides() {
    }

    /** True when the first place {@code term} stands in the question is aside from what it asks. */
    static boolean aside(String question, String term) {
        int at = question.indexOf(term);
        if (at < 0) {
            return false;
        }
        String before = question.substring(0, at);
        boolean number = term.chars().anyMatch(Character::isDigit);
        boolean value = number || USER_CONSTANT.matcher(term).matches();
        return value && EXAMPLE.matcher(before).find() || number && QUANTITY.matcher(before).find()
                || WITHOUT.matcher(before).find() || COMPARED.matcher(before).find();
    }
}
