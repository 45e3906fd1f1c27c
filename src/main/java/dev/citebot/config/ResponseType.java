package dev.citebot.config;


/** Who sees a slash command's answer, in the words Slack and Mattermost both use. */
public final class ResponseType {
    public static final String EPHEMERAL = "ephemeral";
    public static final String IN_CHANNEL = "in_channel";

    private ResponseType() {
    }

    public static String check(String key, String value) {
        if (!EPHEMERAL.equals(value) && !IN_CHANNEL.equals(value)) {
            throw new ConfigException(key + " must be ephemeral or in_channel, got '" + value + "'");
        }
        return value;
    }
}
