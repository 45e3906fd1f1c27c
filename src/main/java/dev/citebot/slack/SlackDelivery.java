package dev.citebot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.citebot.config.SlackSettings;
import java.io.IOException;
import java.util.List;

/**
 * Sends messages to Slack through the official SDK: to a command's {@code response_url}, or into a thread with
 * {@code chat.postMessage}. Failures are returned as exceptions to the caller, who logs them without URLs
 * (a response_url works as a credential for half an hour).
 */
final class SlackDelivery implements AutoCloseable {
    private final Slack slack;
    private final String botToken;
    private final Gson gson = GsonFactory.createSnakeCase();

    SlackDelivery(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // the SDK's call statistics run on their own threads; Citebot does not read them
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        this.botToken = settings.botToken();
    }

    /** The JSON a response_url takes: Slack's message plus who may see it, added below the command. */
    private record ResponseUrlMessage(String responseType, boolean replaceOriginal, String text,
                                      List<LayoutBlock> blocks) {
    }

    void toResponseUrl(String responseUrl, String responseType, SlackMessage message) throws IOException {
        String json = gson.toJson(new ResponseUrlMessage(responseType, false, message.text(), message.blocks()));
        WebhookResponse response = slack.send(responseUrl, json);
        if (response.getCode() == null || response.getCode() / 100 != 2) {
            throw new IOException("response_url answered HTTP " + response.getCode());
        }
    }

    void inThread(String channel, String threadTs, SlackMessage message) throws IOException {
        try {
            ChatPostMessageResponse response = slack.methods(botToken).chatPostMessage(r -> r.channel(channel)
                    .threadTs(threadTs).text(message.text()).blocks(message.blocks())
                    .unfurlLinks(false).unfurlMedia(false));
            if (!response.isOk()) {
                throw new IOException("chat.postMessage failed: " + response.getError());
            }
        } catch (SlackApiException e) {
            throw new IOException("chat.postMessage answered HTTP " + e.getResponse().code(), e);
        }
    }

    @Override
    public void close() throws Exception {
        slack.close();
    }
}
