package dev.citebot.widget;

import dev.citebot.config.Prompts;
import java.util.Locale;

/**
 * The widget's first message in the page's language: {@code widget.greeting} when it is set (the operator's own
 * words, in whatever language they chose), else the prompts' greeting in that language, else in English.
 */
final class Greetings {
    private final String configured;
    private final Prompts prompts;

    Greetings(String configured, Prompts prompts) {
        this.configured = configured;
        this.prompts = prompts;
    }

    /** The greeting for a page language ({@code de}, {@code de-AT}, ...; null or unknown: English). */
    String in(String language) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return prompts.in(code).greeting();
    }
}
