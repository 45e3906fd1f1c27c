package dev.citebot.collections;

import dev.citebot.config.CollectionSettings;

/** The rule for collection names: lower-case letters, digits and '-', 1 to 64 characters. */
public final class CollectionNames {
    private CollectionNames() {
    }

    /** The name itself when it follows the rule; else an {@link CollectionException.Kind#INVALID} saying why. */
    public static String check(String name) {
        String problem = CollectionSettings.problemWithName(name);
        if (problem != null) {
            throw new CollectionException(CollectionException.Kind.INVALID, problem);
        }
        return name;
    }
}
