package dev.citebot.collections;

import java.util.regex.Pattern;

/** The rule for collection names: lower-case letters, digits and '-', 1 to 64 characters. */
public final class CollectionNames {
    static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1," + MAX_LENGTH + "}");

    private CollectionNames() {
    }

    /** The name itself when it follows the rule; else an {@link CollectionException.Kind#INVALID} saying why. */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new CollectionException(CollectionException.Kind.INVALID, "a collection needs a 'name'");
        }
        if (name.length() > MAX_LENGTH) {
            throw new CollectionException(CollectionException.Kind.INVALID,
                    "a collection name has at most " + MAX_LENGTH + " characters, got " + name.length());
        }
        if (!NAME.matcher(name).matches()) {
            throw new CollectionException(CollectionException.Kind.INVALID,
                    "a collection name may hold only lower-case letters, digits and '-'");
        }
        return name;
    }
}
