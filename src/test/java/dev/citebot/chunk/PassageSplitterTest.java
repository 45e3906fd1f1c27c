package dev.citebot.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ChunkingConfig;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PassageSplitterTest {

    static Stream<Arguments> texts() throws IOException {
        String seed = Files.readString(Path.of("seeds/niger-crisis-putin-ecowas.txt"));
        String longSentence = "word ".repeat(400).strip() + ".";
        String list = "# Setup\n\n- install Java\n- run the build\n- start the server\n\nThat is all. Enjoy it!";
        return Stream.of(
                Arguments.of("seed article", seed.strip(), 500, 0),
                Arguments.of("seed article, small passages with overlap", seed.strip(), 200, 80),
                Arguments.of("one sentence longer than a passage", longSentence, 300, 0),
                Arguments.of("markdown list", list, 60, 0),
                Arguments.of("single short line", "Just one line", 500, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void passageOffsetsPointAtThePassageText(String name, String text, int size, int overlap) {
        for (Passage p : new PassageSplitter(new ChunkingConfig(size, overlap)).split("doc", text)) {
            assertEquals(p.text(), text.substring(p.start(), p.end()));
            for (Span s : p.sentences()) {
                assertTrue(s.start() >= p.start() && s.end() <= p.end(), "sentence inside its passage");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void passagesCoverEveryWordOfTheText(String name, String text, int size, int overlap) {
        List<Passage> passages = new PassageSplitter(new ChunkingConfig(size, overlap)).split("doc", text);
        StringBuilder covered = new StringBuilder(" ".repeat(text.length()));
        passages.forEach(p -> covered.replace(p.start(), p.end(), p.text()));
        assertEquals(text.replaceAll("\\s+", ""), covered.toString().replaceAll("\\s+", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void passagesStayWithinTheConfiguredSize(String name, String text, int size, int overlap) {
        for (Passage p : new PassageSplitter(new ChunkingConfig(size, overlap)).split("doc", text)) {
            assertTrue(p.text().length() <= size, p.text().length() + " > " + size);
        }
    }

    @Test
    void passagesAreNumberedInDocumentOrder() {
        String text = "First sentence here. ".repeat(60).strip();
        List<Passage> passages = new PassageSplitter(new ChunkingConfig(200, 0)).split("doc", text);
        for (int i = 0; i < passages.size(); i++) {
            assertEquals(i, passages.get(i).index());
            assertEquals("doc", passages.get(i).documentId());
            if (i > 0) {
                assertTrue(passages.get(i).start() >= passages.get(i - 1).end());
            }
        }
    }

    @Test
    void overlapRepeatsTheLastSentencesOfThePreviousPassage() {
        String text = "Alpha is first. Beta is second. Gamma is third. Delta is fourth. Epsilon is fifth.";
        List<Passage> passages = new PassageSplitter(new ChunkingConfig(50, 20)).split("doc", text);
        assertTrue(passages.size() > 1);
        assertTrue(passages.get(1).start() < passages.get(0).end(), "the second passage starts inside the first");
    }

    @Test
    void aPassageEndsAtAParagraphBoundaryWhenItIsLongEnough() {
        String text = "A first paragraph that is long enough to stand on its own as a passage.\n\n"
                + "A second paragraph follows.";
        List<Passage> passages = new PassageSplitter(new ChunkingConfig(100, 0)).split("doc", text);
        assertEquals(2, passages.size());
        assertTrue(passages.get(1).text().startsWith("A second"));
    }

    @Test
    void aHeadingStartsThePassageOfItsSectionInsteadOfEndingThePreviousOne() {
        String before = "The nice values are POSIX-only and are always zero on Windows for every processor.";
        String heading = "os.devNull";
        String section = "The platform-specific file path of the null device, /dev/null on POSIX.";
        String text = before + "\n\n" + heading + "\n\n" + section;
        List<Passage> passages = new PassageSplitter(new ChunkingConfig(120, 0))
                .split("doc", text, LanguageMap.uniform(Languages.ENGLISH, text), List.of(text.indexOf(heading)));
        assertEquals(List.of(before, heading + "\n\n" + section), passages.stream().map(Passage::text).toList());
    }

    @Test
    void aSectionStartsAPassageOfItsOwnWhereItsHeadingStands() {
        String before = "The nice values are POSIX-only and are always zero on Windows.";
        String section = "os.devNull\n\nThe platform-specific file path of the null device.";
        String text = before + "\n\n" + section;
        PassageSplitter splitter = new PassageSplitter(new ChunkingConfig(300, 0, 0));
        LanguageMap english = LanguageMap.uniform(Languages.ENGLISH, text);
        assertEquals(List.of(text), splitter.split("doc", text, english).stream().map(Passage::text).toList());
        assertEquals(List.of(before, section), splitter.split("doc", text, english, List.of(text.indexOf("os.devNull")))
                .stream().map(Passage::text).toList());
        assertEquals(List.of(text), new PassageSplitter(new ChunkingConfig(300, 0, 0.5))
                .split("doc", text, english, List.of(text.indexOf("os.devNull"))).stream().map(Passage::text).toList(),
                "a passage shorter than chunk.section.break of its size goes on into the next section");
    }

    @Test
    void headingsThatFollowEachOtherStayTogetherWithTheirSection() {
        String text = "Intro text of the chapter.\n\n2.1. Packages\n\n2.1.1. Configuration\n\nSettings live in /etc.";
        List<Integer> headings = List.of(text.indexOf("2.1. "), text.indexOf("2.1.1."));
        List<Passage> passages = new PassageSplitter(new ChunkingConfig(300, 0, 0))
                .split("doc", text, LanguageMap.uniform(Languages.ENGLISH, text), headings);
        assertEquals(List.of("Intro text of the chapter.", text.substring(text.indexOf("2.1. "))),
                passages.stream().map(Passage::text).toList());
    }

    @Test
    void aSentenceDoesNotEndAfterAnAbbreviationSuchAsEg() {
        String text = "If you want to limit the download bandwidth for APT to e.g. 800Kib/sec, set it so. Then restart.";
        List<Span> sentences = new SentenceSplitter(500).paragraphs(text).get(0);
        assertEquals("If you want to limit the download bandwidth for APT to e.g. 800Kib/sec, set it so.",
                sentences.get(0).of(text));
    }

    @Test
    void aTableRowWithAQuestionMarkInACellIsOneSentence() {
        String text = "$? | exit status of the most recent command\n\n$$ | PID of this shell script";
        List<List<Span>> paragraphs = new SentenceSplitter(500).paragraphs(text);
        assertEquals("$? | exit status of the most recent command", paragraphs.get(0).get(0).of(text));
        assertEquals(1, paragraphs.get(0).size());
    }
}
