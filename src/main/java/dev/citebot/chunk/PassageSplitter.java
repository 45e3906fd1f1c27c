package dev.citebot.chunk;

import dev.citebot.config.BuildInfo;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

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
    static final int TEXT_VERSION = 7; // 7: a leading dateline is a sentence of its own

    /**
     * The settings that decide where passages end: vectors made under other settings cannot be reused. The build's
     * version is part of it, so a vector made by another version of the code is never reused even if a rule
     * changed without {@link #TEXT_VERSION} being raised.
     */
    public String settings() {
        return "size=" + config.size() + ",overlap=" + config.overlap() + ",text=" + TEXT_VERSION + ",sectionBreak="
                + config.sectionBreak() + ",build=" + BuildInfo.version();
    }

    /** The passages of an English text. */
    public List<Passage> split(String documentId, String text) {
        return split(documentId, text, LanguageMap.uniform(Languages.ENGLISH, text));
    }

    /** The passages of a text whose sentences are split by the rules of each paragraph's language. */
    public List<Passage> split(String documentId, String text, LanguageMap languages) {
        return split(documentId, text, languages, List.of());
    }

    /**
     * As {@link #split(String, String, LanguageMap)} for a text with headings starting at {@code headingStarts}: a
     * heading goes with the section it names. A passage that has reached {@link ChunkingConfig#sectionBreak()} of
     * its size ends before a heading, and a passage never ends with a heading when the heading fits in the next one
     * (a passage that ended with "os.devNull" would name the section whose text stands in the next passage, and the
     * next passage, which answers, would not say what it is about).
     */
    public List<Passage> split(String documentId, String text, LanguageMap languages,
                               Collection<Integer> headingStarts) {
        NavigableSet<Integer> starts = new TreeSet<>(headingStarts);
        Set<Span> headings = new HashSet<>(); // the sentences of paragraphs that start with a heading ("2.1.", "Setup")
        List<Passage> passages = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (List<Span> paragraph : sentences.paragraphs(text, languages)) {
            boolean heading = startsHeading(starts, paragraph.get(0));
            if (heading) {
                headings.addAll(paragraph);
            }
            boolean sectionEnds = heading && current.stream().anyMatch(s -> !headings.contains(s))
                    && length(current) >= sectionBreak();
            if (!current.isEmpty() && (sectionEnds || length(current) >= config.size() / 2)) {
                current = close(passages, documentId, text, current, paragraph.get(0), headings);
            }
            for (Span sentence : paragraph) {
                if (!current.isEmpty() && sentence.end() - current.get(0).start() > config.size()) {
                    current = close(passages, documentId, text, current, sentence, headings);
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
     * Adds the passage and returns the start of the next one: the overlap sentences, if any, or the last sentences
     * when they only lead into the next: a lead-in ("... as follows:") belongs with what it announces, and headings
     * with the section they name.
     */
    private List<Span> close(List<Passage> passages, String documentId, String text, List<Span> sentences,
                             Span next, Set<Span> headings) {
        int keep = sentences.size();
        while (keep > 1 && headings.contains(sentences.get(keep - 1))
                && next.end() - sentences.get(keep - 1).start() <= config.size()) {
            keep--;
        }
        if (headings.contains(sentences.get(keep - 1))) {
            keep = sentences.size(); // headings only (a table of contents): nothing to carry them away from
        }
        Span last = sentences.get(keep - 1);
        if (keep == sentences.size() && keep > 1 && next.end() - last.start() <= config.size()
                && LeadIn.endsWithLeadIn(last.of(text))) {
            keep--;
        }
        if (keep < sentences.size()) {
            add(passages, documentId, text, sentences.subList(0, keep));
            return new ArrayList<>(sentences.subList(keep, sentences.size()));
        }
        return add(passages, documentId, text, sentences);
    }

    /** Whether a heading starts within the sentence. */
    private static boolean startsHeading(NavigableSet<Integer> headings, Span sentence) {
        Integer start = headings.ceiling(sentence.start());
        return start != null && start < sentence.end();
    }

    /** Characters a passage must have reached to end before a heading ({@link ChunkingConfig#sectionBreak()}). */
    private int sectionBreak() {
        return (int) (config.size() * config.sectionBreak());
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
