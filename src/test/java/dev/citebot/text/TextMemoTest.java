package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMemoTest {

    @Test
    void aTextMetAgainIsNotComputedAgain() {
        List<String> computed = new ArrayList<>();
        TextMemo<Integer> lengths = new TextMemo<>(10, t -> {
            computed.add(t);
            return t.length();
        });
        assertEquals(5, lengths.get("apple"));
        assertEquals(5, lengths.get("apple"));
        assertEquals(4, lengths.get("pear"));
        assertEquals(List.of("apple", "pear"), computed);
    }

    @Test
    void aFullMemoStartsAgainAndStillAnswersRight() {
        List<String> computed = new ArrayList<>();
        TextMemo<Integer> lengths = new TextMemo<>(2, t -> {
            computed.add(t);
            return t.length();
        });
        lengths.get("a");
        lengths.get("bb");
        assertEquals(3, lengths.get("ccc")); // the third text: the memo was full, so it starts again with this one
        assertEquals(1, lengths.size());
        assertEquals(1, lengths.get("a"));
        assertEquals(List.of("a", "bb", "ccc", "a"), computed);
    }
}
