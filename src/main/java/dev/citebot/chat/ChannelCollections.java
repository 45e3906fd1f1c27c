package dev.citebot.chat;

import dev.citebot.config.ConfigException;
import dev.citebot.config.Settings;
import dev.citebot.pipeline.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which collection a chat channel's questions go to ({@code slack.channel.collections=C123:hr,C456:finance});
 * a channel not listed asks the default collection.
 */
public record ChannelCollections(Map<String, String> byChannel) {
    public ChannelCollections {
        byChannel = Map.copyOf(byChannel);
    }

    public static ChannelCollections none() {
        return new ChannelCollections(Map.of());
    }

    public static ChannelCollections from(Settings s, String key) {
        Map<String, String> byChannel = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : s.pairs(key).entrySet()) {
            if (e.getValue().size() > 1) {
                throw new ConfigException("setting '" + key + "' names channel " + e.getKey() + " more than once");
            }
            byChannel.put(e.getKey(), e.getValue().get(0));
        }
        return new ChannelCollections(byChannel);
    }

    /** The collection a question asked in this channel goes to. */
    public String of(String channel) {
        return channel == null ? Question.DEFAULT_COLLECTION
                : byChannel.getOrDefault(channel, Question.DEFAULT_COLLECTION);
    }
}
