package dev.citebot.chunk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadInTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "You can remove this user account and its home directory by the following.",
        "Run the program from GDB:",
        "The configuration looks as follows",
        "Symbolic link or symlink",
        "If you remember how you configured it, execute as follows to uninstall the program.",
        "Use the following command to list them.",
        "The entry in the sources list looks like this.",
        "Set the option as shown.",
        "The options are listed below.",
        "Write it as follows.",
        "\"Enhances\"",
        "“Dir::Cache”",
    })
    void aSentenceThatAnnouncesWhatFollowsIsQuotedWithTheNextOne(String sentence) {
        assertTrue(LeadIn.announcesNext(sentence, "# deluser --remove-home fish"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Kremlin said the call was initiated by Mali.",
        "Debian provides unified access to the system default editor via command /usr/bin/editor",
        "m | marginally trusted",
        "The following year he moved to Paris.",
        "In the following months, the company grew fast.",
    })
    void aSentenceThatSaysSomethingOfItsOwnStandsAlone(String sentence) {
        assertFalse(LeadIn.announcesNext(sentence, "The next sentence."));
    }

    @Test
    void aLineOfATwoColumnListingLeadsIntoNothing() {
        assertFalse(LeadIn.announcesNext(".save FILE               Write in-memory database into FILE",
                ".scanstats on|off        Turn sqlite3_stmt_scanstatus() metrics on or off"));
    }

    @Test
    void aLongParagraphAfterTheLeadInIsNotPulledIntoTheQuote() {
        assertFalse(LeadIn.announcesNext("as follows:", "x ".repeat(LeadIn.MAX_NEXT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Recommends\"", "--verbose", "Symbolic link or symlink", "“Dir::Cache”"})
    void aShortTermWithoutAFullStopIsALabel(String sentence) {
        assertTrue(LeadIn.isLabel(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Water tomato plants in the morning.", "imaps | 993", "\"\"", "Added in: v13.2.0, v12.16.0",
        "A heading that goes on for far too long to be the label of anything at all, really"})
    void aSentenceARowAFieldOrALongLineIsNoLabel(String sentence) {
        assertFalse(LeadIn.isLabel(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\timing [ on | off ]", "\\dconfig[+] [ pattern ]", "-m <module-name>",
        "exec(command[, options])", "fs.readFile(path[, options], callback)", "-l list-file\n--use-list=list-file",
        "-S\n      --single-line"})
    void aSynopsisOfACommandOrOptionIsALabel(String sentence) {
        assertTrue(LeadIn.isLabel(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"imaps | 993 | IMAP over SSL", "Roses are red\nViolets are blue",
        "See the manual (chapter 4).", "-a\n-b\n-c\n-d", "Debian | stable [main | contrib]"})
    void linesOfProseARowOrALongListOfOptionsAreNoSynopsis(String sentence) {
        assertFalse(LeadIn.isLabel(sentence));
    }
}
