package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search finds what a case-insensitive regex of the quoted string finds, and nothing else. */
class AsciiCaseSearchTest {

    @Test
    void findsANameInEitherCaseAnywhereInTheText() {
        assertTrue(AsciiCaseSearch.contains("Set MAX_CONNECTIONS in postgresql.conf.", "max_connections"));
        assertTrue(AsciiCaseSearch.contains("peerdependencies", "peerDependencies"));
        assertTrue(AsciiCaseSearch.contains("--no-install-recommends", "--NO-install-Recommends"));
        assertTrue(AsciiCaseSearch.contains("os.EOL", "os.eol"), "the whole text");
        assertTrue(AsciiCaseSearch.contains("ends with /etc/fstab", "/etc/fstab"), "at the end");
        assertFalse(AsciiCaseSearch.contains("max_connection", "max_connections"), "cut short by the text's end");
        assertFalse(AsciiCaseSearch.contains("max connections", "max_connections"));
        assertTrue(AsciiCaseSearch.contains("anything", ""));
    }

    @Test
    void onlyAsciiLettersFoldAsTheRegexDoes() {
        assertFalse(AsciiCaseSearch.contains("ſet", "set"), "long s is no s");
        assertFalse(AsciiCaseSearch.contains("thıs", "this"), "dotless i is no i");
        assertFalse(AsciiCaseSearch.contains("\u212Aey", "key"), "the Kelvin sign is no k");
        assertTrue(AsciiCaseSearch.contains("Café_Name", "café_name"));
        assertFalse(AsciiCaseSearch.contains("CAFÉ_NAME", "café_name"), "É is not folded, as in the regex");
        for (String[] pair : new String[][] {{"ſet", "set"}, {"thıs", "this"}, {"\u212Aey", "key"},
                {"CAFÉ_NAME", "café_name"}, {"Café_Name", "café_name"}}) {
            assertEquals(regex(pair[0], pair[1]), AsciiCaseSearch.contains(pair[0], pair[1]), pair[0]);
        }
    }

    @Test
    void agreesWithTheRegexOnRandomTextsAndNames() {
        Random random = new Random(5);
        String alphabet = "aAbBzZqQ_.-/ ſıK\u212Aé";
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, alphabet, random.nextInt(40));
            String sought = random.nextInt(3) == 0 && text.length() > 3
                    ? flipCase(random, text.substring(random.nextInt(text.length() - 3)).substring(0, 3))
                    : random(random, alphabet, 1 + random.nextInt(4));
            boolean expected = regex(text, sought);
            found += expected ? 1 : 0;
            assertEquals(expected, AsciiCaseSearch.contains(text, sought), "'" + sought + "' in '" + text + "'");
        }
        assertTrue(found > 1_000, "the cases include many matches: " + found);
    }

    @Test
    void looksForACharacterWithoutCaseElseTheRarestLetter() {
        assertEquals(3, AsciiCaseSearch.anchor("max_connections"));
        assertEquals(0, AsciiCaseSearch.anchor("--force"));
        assertEquals(2, AsciiCaseSearch.anchor("eeZee"));
        assertEquals(0, AsciiCaseSearch.anchor("peerDependencies"), "p, its rarest letter, first at 0");
    }

    private static boolean regex(String text, String sought) {
        return Pattern.compile(Pattern.quote(sought), Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String flipCase(Random random, String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(random.nextBoolean() && c < 128 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }
}
