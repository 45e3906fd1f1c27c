package dev.citebot.slack;

import dev.citebot.chat.ChannelCollections;
import dev.citebot.chat.ResponseType;
import dev.citebot.config.ConfigException;
import dev.citebot.config.Settings;

/**
 * The Slack section of the settings.
 *
 * @param signingSecret  verifies that requests come from Slack; empty turns the Slack endpoints off
 * @param botToken       posts answers to mentions and direct messages; may be empty (commands still work)
 * @param apiUrl         base URL of Slack's Web API, ending in a slash
 * @param responseType   who sees answers to slash commands: "ephemeral" or "in_channel"
 * @param workers        questions answered at the same time
 * @param queueSize      questions that may wait for a worker
 * @param channels       the collection each channel asks (not listed: the default collection)
 */
public record SlackSettings(String signingSecret, String botToken, String apiUrl, String responseType, int workers,
                            int queueSize, ChannelCollections channels) {
    public SlackSettings {
        responseType = ResponseType.check("slack.response.type", responseType);
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        if (workers < 1 || queueSize < 1) {
            throw new ConfigException("slack.workers and slack.queue.size must be at least 1");
        }
    }

    /** Every channel asks the default collection. */
    public SlackSettings(String signingSecret, String botToken, String apiUrl, String responseType, int workers,
                         int queueSize) {
        this(signingSecret, botToken, apiUrl, responseType, workers, queueSize, ChannelCollections.none());
    }

    public static SlackSettings from(Settings s) {
        return new SlackSettings(s.text("slack.signing.secret"), s.text("slack.bot.token"), s.text("slack.api.url"),
                s.text("slack.response.type"), s.integer("slack.workers"), s.integer("slack.queue.size"),
                ChannelCollections.from(s, "slack.channel.collections"));
    }

    /** Without a signing secret nobody's requests can be trusted, so the endpoints stay closed. */
    public boolean enabled() {
        return !signingSecret.isEmpty();
    }

    public boolean canPost() {
        return !botToken.isEmpty();
    }

    /** Never prints the secret or the token, so the settings can be logged safely. */
    @Override
    public String toString() {
        return "SlackSettings[enabled=" + enabled() + ", canPost=" + canPost() + ", apiUrl=" + apiUrl
                + ", responseType=" + responseType + ", workers=" + workers + ", queueSize=" + queueSize + "]";
    }
}
