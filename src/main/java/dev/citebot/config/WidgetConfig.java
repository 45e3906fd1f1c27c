package dev.citebot.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The widget's settings (the {@code widget.*} keys), read once at start-up.
 *
 * @param title            the panel's title
 * @param color            the accent colour (CSS hex, rgb() or a named colour)
 * @param position         "right" or "left" (which bottom corner the launcher sits in)
 * @param greeting         the first message of every conversation; empty: the prompts' greeting
 * @param starterQuestions questions offered before the first one; empty: drawn from the documents
 * @param starterCount     how many starter questions to offer
 */
public record WidgetConfig(String title, String color, String position, String greeting,
                           List<String> starterQuestions, int starterCount) {
    // Colours end up in a CSS custom property: a strict shape keeps anything but a colour out of the style sheet.
    private static final Pattern COLOR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|hsl)a?\\([0-9.,%\\s/]{5,40}\\)");

    /** The widget's section; an empty greeting is the prompts' one in the page's language (widget.Greetings). */
    public static WidgetConfig from(Settings s) {
        return new WidgetConfig(
                required(s, "widget.title"),
                color(s.text("widget.color")),
                position(s.text("widget.position")),
                s.text("widget.greeting"),
                Arrays.stream(s.text("widget.starter.questions").split("\\|"))
                        .map(String::strip).filter(q -> !q.isEmpty()).toList(),
                s.integer("widget.starter.count"));
    }

    static String color(String value) {
        if (!COLOR.matcher(value).matches()) {
            throw new ConfigException("setting 'widget.color' must be a CSS colour such as #2563eb, got '" + value + "'");
        }
        return value;
    }

    private static String position(String value) {
        String position = value.toLowerCase(Locale.ROOT);
        if (!position.equals("right") && !position.equals("left")) {
            throw new ConfigException("setting 'widget.position' must be 'right' or 'left', got '" + value + "'");
        }
        return position;
    }

    private static String required(Settings s, String key) {
        String value = s.text(key);
        if (value.isEmpty()) {
            throw new ConfigException("setting '" + key + "' must not be empty");
        }
        return value;
    }
}
