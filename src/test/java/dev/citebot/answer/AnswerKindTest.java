package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerKindTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "How do I uninstall a package and its configuration files?|COMMAND",
        "Which tool produces a salted password hash?|COMMAND",
        "What port does IMAP over SSL use?|NUMBER",
        "Where are the encrypted passwords stored?|PATH",
        "Why does /etc/hosts hold a 127.0.1.1 line?|NONE",
    })
    void theQuestionsWordingSaysWhatKindOfThingItAsksFor(String question, AnswerKind.Kind kind) {
        assertEquals(kind, AnswerKind.of(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "apt purge foo | aptitude purge foo | purge \"foo\" package with its configuration files",
        "$ sudo update-alternatives --config editor",
        "# dpkg --configure -a",
        "\"ln -s foo bar\"",
        "imap2 | 143 | imaps | 993",
    })
    void tableRowsCommandLinesAndQuotedCommandsShowTheAnswerOnTheirOwn(String line) {
        assertTrue(AnswerKind.showsAlone(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Debian provides unified access to the system default editor via command \"/usr/bin/editor\".",
        "There are independent tools to generate encrypted passwords with salt.",
        "Prices rose by $ 5 in a year.",
        "Use \"a\" or \"b\".",
    })
    void proseThatTalksAboutACommandDoesNotShowItOnItsOwn(String sentence) {
        assertFalse(AnswerKind.showsAlone(sentence));
    }
}
