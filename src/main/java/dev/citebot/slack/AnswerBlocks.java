package dev.citebot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import dev.citebot.chat.ChatText;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import dev.citebot.pipeline.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer as Block Kit: the answer text with its {@code [n]} markers, a context block of sources (title and a
 * trimmed quote), and buttons to rate it or to see every source in full. All document text is escaped.
 */
final class AnswerBlocks {
    static final String FEEDBACK_UP = "citebot_feedback_up";
    static final String FEEDBACK_DOWN = "citebot_feedback_down";
    static final String SHOW_SOURCES = "citebot_show_sources";
    /** Slack's limit of elements in one context block. */
    static final int MAX_CONTEXT_ELEMENTS = 10;

    private static final int QUOTE_CHARS = 200;
    private static final int TITLE_CHARS = 120;
    private static final int SOURCE_TEXT_CHARS = 1500;

    private AnswerBlocks() {
    }

    static SlackMessage answer(Question question, Answer answer) {
        List<Citation> sources = answer.answerable() ? answer.citations() : answer.closestMatches();
        List<LayoutBlock> tail = new ArrayList<>(sourceContext(answer.answerable(), sources));
        tail.add(buttons(ButtonValue.of(question), !sources.isEmpty()));
        List<LayoutBlock> blocks = new ArrayList<>(sections(answer.answer(), SlackMessage.MAX_BLOCKS - tail.size()));
        blocks.addAll(tail);
        return new SlackMessage(SlackText.escape(ChatText.trim(answer.answer(), 300)), blocks);
    }

    /** Every source of an answer in full: the cited sentence with its neighbours, where it is, and its title. */
    static SlackMessage allSources(String question, Answer answer) {
        List<Citation> sources = answer.answerable() ? answer.citations() : answer.closestMatches();
        String heading = (answer.answerable() ? "Sources for: " : "Closest passages for: ") + question;
        List<String> texts = new ArrayList<>(List.of("*" + SlackText.escape(ChatText.trim(heading, 300)) + "*"));
        for (Citation c : sources) {
            // title and path are at most 2 x 120 characters before escaping, so the section stays under 3,000
            texts.add("*[" + c.n() + "] " + SlackText.escape(ChatText.trim(c.title(), TITLE_CHARS)) + "*  ("
                    + SlackText.escape(ChatText.trim(c.path(), TITLE_CHARS)) + ")\n"
                    + SlackText.escapedTrim(c.text(), SOURCE_TEXT_CHARS));
        }
        if (sources.isEmpty()) {
            texts.add("No passage of the documents comes close to this question.");
        }
        List<LayoutBlock> blocks = texts.stream().limit(SlackMessage.MAX_BLOCKS).map(AnswerBlocks::textSection)
                .toList();
        return new SlackMessage(SlackText.escape(ChatText.trim(heading, 300)), blocks);
    }

    /** A short message of Citebot's own (usage, "looking that up", errors). */
    static SlackMessage notice(String text) {
        return new SlackMessage(SlackText.escape(text), List.of(textSection(SlackText.escape(text))));
    }

    private static List<LayoutBlock> sections(String text, int room) {
        List<String> pieces = SlackText.escapedPieces(text, SlackText.MAX_SECTION_CHARS);
        if (pieces.size() <= room) {
            return pieces.stream().map(AnswerBlocks::textSection).toList();
        }
        List<LayoutBlock> kept = new ArrayList<>(
                pieces.subList(0, room - 1).stream().map(AnswerBlocks::textSection).toList());
        kept.add(textSection("_The answer is cut here: it is longer than one Slack message can hold._"));
        return kept;
    }

    private static List<LayoutBlock> sourceContext(boolean answerable, List<Citation> sources) {
        List<ContextBlockElement> elements = new ArrayList<>();
        for (Citation c : sources) {
            String label = answerable ? "[" + c.n() + "] " : "Closest: ";
            String quote = answerable ? c.quote() : c.text();
            elements.add(mrkdwn("*" + label + SlackText.escape(ChatText.trim(c.title(), TITLE_CHARS)) + "*  “"
                    + SlackText.escape(ChatText.trim(quote, QUOTE_CHARS)) + "”"));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < elements.size(); i += MAX_CONTEXT_ELEMENTS) {
            List<ContextBlockElement> group = elements.subList(i, Math.min(elements.size(), i + MAX_CONTEXT_ELEMENTS));
            blocks.add(context(List.copyOf(group)));
        }
        return blocks;
    }

    private static LayoutBlock buttons(String value, boolean withSources) {
        List<BlockElement> elements = new ArrayList<>(List.of(
                button(FEEDBACK_UP, "👍", "Helpful", value), button(FEEDBACK_DOWN, "👎", "Not helpful", value)));
        if (withSources) {
            elements.add(button(SHOW_SOURCES, "Show all sources", "Show all sources", value));
        }
        return actions(elements);
    }

    private static ButtonElement button(String actionId, String label, String accessibilityLabel, String value) {
        return ButtonElement.builder().actionId(actionId).text(plainText(label, true)).value(value)
                .accessibilityLabel(accessibilityLabel).build();
    }

    private static LayoutBlock textSection(String escapedMrkdwn) {
        return section(s -> s.text(mrkdwn(escapedMrkdwn)));
    }

    /** Verbatim, so that Slack does not turn bare URLs, channel names or @names in documents into links. */
    private static MarkdownTextObject mrkdwn(String escaped) {
        return markdownText(m -> m.text(escaped).verbatim(true));
    }
}
