package dev.citebot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplySentencesTest {
    static final String REPLY = "Bazoum was ousted on July 26 [1]. The U.S. and e.g. France objected. [2] "
            + "Niger has 3.5 million goats [3]!\n- Uranium [1]\n\nThat is all [2].";
    static final List<String> SENTENCES = List.of("Bazoum was ousted on July 26 [1].",
            "The U.S. and e.g. France objected. [2]", "Niger has 3.5 million goats [3]!", "- Uranium [1]",
            "That is all [2].");

    @Test
    void splitsAWholeReplyIntoSentencesWithTheirMarkers() {
        assertEquals(SENTENCES, ReplySentences.all(REPLY).stream().map(ReplySentences.Piece::text).toList());
    }

    @Test
    void keepsWhatStoodBeforeEachSentenceForParagraphsAndLists() {
        assertEquals(List.of("", " ", " ", "\n", "\n\n"),
                ReplySentences.all(REPLY).stream().map(ReplySentences.Piece::before).toList());
    }

    @ParameterizedTest(name = "pieces of {0} characters")
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 1000})
    void streamedInPiecesOfAnySizeItGivesTheSameSentences(int size) {
        ReplySentences sentences = new ReplySentences();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < REPLY.length(); i += size) {
            sentences.add(REPLY.substring(i, Math.min(REPLY.length(), i + size))).forEach(p -> out.add(p.text()));
        }
        sentences.finish().forEach(p -> out.add(p.text()));
        assertEquals(SENTENCES, out);
    }

    @Test
    void aSentenceIsNotHandedOutBeforeTheMarkersThatFollowItsFullStop() {
        ReplySentences sentences = new ReplySentences();
        assertEquals(List.of(), sentences.add("Bazoum was ousted. "));
        assertEquals(List.of(), sentences.add("[1"));
        assertEquals(List.of(), sentences.add("] "));
        assertEquals(List.of("Bazoum was ousted. [1]"),
                sentences.add("He").stream().map(ReplySentences.Piece::text).toList());
    }
}
