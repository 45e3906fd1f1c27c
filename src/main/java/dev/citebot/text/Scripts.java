package dev.citebot.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** The writing system most of a text's letters are in (Latin, Han, Arabic, Cyrillic, ...). */
public final class Scripts {
    private Scripts() {
    }

    /** The script of most of the text's letters; {@link UnicodeScript#COMMON} when it has none. */
    public static UnicodeScript dominant(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(c -> counts.merge(family(UnicodeScript.of(c)), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UnicodeScript.COMMON);
    }

    /** Japanese mixes kana with Han characters: one family, so a question in kana meets a text in kanji. */
    private static UnicodeScript family(UnicodeScript script) {
        return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA ? UnicodeScript.HAN : script;
    }
}
