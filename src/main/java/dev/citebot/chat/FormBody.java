package dev.citebot.chat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body, as Slack and Mattermost send slash commands. */
public final class FormBody {
    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = fields;
    }

    public static FormBody parse(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            fields.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return new FormBody(fields);
    }

    /** The field's value, or "" when it was not sent. */
    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
