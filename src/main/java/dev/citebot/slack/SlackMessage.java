package dev.citebot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message for Slack: Block Kit blocks, and a plain text that notifications and old clients show instead.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    /** Slack's limit on blocks in one message. */
    static final int MAX_BLOCKS = 50;

    SlackMessage {
        blocks = List.copyOf(blocks);
        if (blocks.size() > MAX_BLOCKS) {
            throw new IllegalArgumentException("a Slack message holds at most " + MAX_BLOCKS + " blocks");
        }
    }
}
