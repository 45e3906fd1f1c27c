package dev.citebot.config;


/**
 * The Mattermost settings.
 *
 * @param token         the slash command's token, shown by Mattermost when the command is created; empty: off
 * @param responseType  who sees answers: "ephemeral" or "in_channel"
 */
public record MattermostSettings(String token, String responseType) {
    public MattermostSettings {
        responseType = ResponseType.check("mattermost.response.type", responseType);
    }

    public static MattermostSettings from(Settings s) {
        return new MattermostSettings(s.text("mattermost.token"), s.text("mattermost.response.type"));
    }

    public boolean enabled() {
        return !token.isEmpty();
    }

    /** Never prints the token, so the settings can be logged safely. */
    @Override
    public String toString() {
        return "MattermostSettings[enabled=" + enabled() + ", responseType=" + responseType + "]";
    }
}
