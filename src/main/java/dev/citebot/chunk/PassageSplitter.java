package dev.citebot.chunk;

import dev.citebot.config.BuildInfo;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs sentences into passages of about {@code size} characters. A passage prefers to end where a
 * paragraph ends; it never cuts a sentence (over-long sentences are pre-cut by the sentence splitter).
 */
public final class PassageSplitter {
    private final ChunkingConfig config;
    private final SentenceSplitter sentences;

    public PassageSplitter(ChunkingConfig config) {
        this.config = config;
        this.sentences = new SentenceSplitter(config.size());
    }

    /**
     * Version of the rules that make passages from a file: extraction, sentences, passages. Vectors are cached by the
     * file's bytes and these settings, so a change to any of those rules must raise it, or vectors made for the old
     * passages would be given to the new ones.
     */
    static final int TEXT_VERSION = 5; // 5: sentences of other languages than English split by ICU's rules

    /**
     * The settings that decide where passages end: vectors made under other settings cannot be reused. The build's
     * version is part of it, so a vector made by another version of the code is never reused even if a rule
     * changed without {@link #TEXT_VERSION} being raised.
     */
    public String settings() {
        return "size=" + config.size() + ",overlap=" + config.overlap() + ",text=" + TEXT_VERSION + ",build="
                + BuildInfo.version();
    }

    /** The passages of an English text. */
    public List<Passage> split(String documentId, String text) {
        return split(documentId, text, LanguageMap.uniform(Languages.ENGLISH, text));
    }

    /** The passages of a text whose sentences are split by the rules of each paragraph's language. */
    public List<Passage> split(String documentId, String text, LanguageMap languages) {
        List<Passage> passages = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (List<Span> paragraph : sentences.paragraphs(text, languages)) {
            if (!current.isEmpty() && length(current) >= config.size() / 2) {
                current = close(passages, documentId, text, current, paragraph.get(0));
            }
            for (Span sentence : paragraph) {
                if (!current.isEmpty() && sentence.end() - current.get(0).start() > config.size()) {
                    current = close(passages, documentId, text, current, sentence);
                    while (!current.isEmpty() && sentence.end() - current.get(0).start() > config.size()) {
                        current.remove(0); // the overlap must not push the passage over its size
                    }
                }
                current.add(sentence);
            }
        }
        if (!current.isEmpty()) {
            add(passages, documentId, text, current);
        }
        return passages;
    }

    /**
     * Adds the passage and returns the start of the next one: the overlap sentences, if any, or the last sentence
     * when it only leads into the next ("... as follows:"): a lead-in belongs with what it announces.
     */
    private List<Span> close(List<Passage> passages, String documentId, String text, List<Span> sentences,
                             Span next) {
        Span last = sentences.get(sentences.size() - 1);
        if (sentences.size() > 1 && next.end() - last.start() <= config.size() && LeadIn.endsWithLeadIn(last.of(text))) {
            add(passages, documentId, text, sentences.subList(0, sentences.size() - 1));
            return new ArrayList<>(List.of(last));
        }
        return add(passages, documentId, text, sentences);
    }

    private List<Span> add(List<Passage> passages, String documentId, String text, List<Span> sentences) {
        int start = sentences.get(0).start();
        int end = sentences.get(sentences.size() - 1).end();
        passages.add(new Passage(documentId, passages.size(), start, end, text.substring(start, end), sentences));
        List<Span> carried = new ArrayList<>();
        for (int i = sentences.size() - 1; i > 0; i--) {
            Span s = sentences.get(i);
            if (end - s.start() > config.overlap()) {
                break;
            }
            carried.add(0, s);
        }
        return carried;
    }

    private static int length(List<Span> sentences) {
        return sentences.get(sentences.size() - 1).end() - sentences.get(0).start();
    }
}
