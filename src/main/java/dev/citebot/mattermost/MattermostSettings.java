package dev.citebot.mattermost;

import dev.citebot.config.Settings;
import dev.citebot.chat.ChannelCollections;
import dev.citebot.chat.ResponseType;

/**
 * The Mattermost settings.
 *
 * @param token         the slash command's token, shown by Mattermost when the command is created; empty: off
 * @param responseType  who sees answers: "ephemeral" or "in_channel"
 * @param channels      the collection each channel (its {@code channel_id}) asks; not listed: the default one
 */
public record MattermostSettings(String token, String responseType, ChannelCollections channels) {
    public MattermostSettings {
        responseType = ResponseType.check("mattermost.response.type", responseType);
    }

    /** Every channel asks the default collection. */
    public MattermostSettings(String token, String responseType) {
        this(token, responseType, ChannelCollections.none());
    }

    public static MattermostSettings from(Settings s) {
        return new MattermostSettings(s.text("mattermost.token"), s.text("mattermost.response.type"),
                ChannelCollections.from(s, "mattermost.channel.collections"));
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
