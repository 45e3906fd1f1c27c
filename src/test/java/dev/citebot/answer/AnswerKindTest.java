package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
        "Why does /etc/hosts hold a 127.0.1.1 line?|REASON",
        "My memory use looks awful. Why?|REASON",
        "I use os.cpus().length. Is there a better function for that?|COMMAND",
        "What does the interface do with its input?|NONE",
        "Which city is the junta based in?|PLACE",
        "In what country is Normandy located?|PLACE",
        "I'd like to know which region Putin is worried about.|PLACE",
        "Which signal does kill() send without arguments?|COMMAND",
        "What error does spawn emit if the directory is missing?|COMMAND",
        "What's the default prompt string of a readline interface?|DEFAULT",
        "What is the default value of the timeout?|DEFAULT",
        "Where should the \"default\" condition go in my exports object?|PATH",
        "How do I boot into text mode by default?|COMMAND",
        "How many lines does readline keep by default?|NUMBER",
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
        "v5.0.0 | A truncated input stream will now result in an 'error' event.",
        "v11.7.0, v10.16.0 | This class was renamed from Zlib to ZlibBase.",
        "2023-08-16 | The option was added.",
    })
    void aRowOfAVersionHistoryShowsNothingToUse(String row) {
        assertFalse(AnswerKind.showsAlone(row));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Default: '> '.|true",
        "The default is 100 connections.|true",
        "Since Linux 2.6.30, the kernel defaults to relatime.|true",
        "By default, the zlib methods throw an error.|true",
        "The prompt string to use.|false",
        "The default prompt string can be changed.|false",
    })
    void aDefaultQuestionIsOfferedASentenceThatStatesADefault(String sentence, boolean offers) {
        String question = "What's the default prompt string?";

        assertEquals(offers, AnswerKind.offers(AnswerKind.of(question), question, sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Because of how some systems free memory, this may lead to memory fragmentation.|true",
        "The limit exists due to the size of the buffer.|true",
        "In the preceding example, 30,000 deflate instances are created concurrently.|false",
    })
    void aWhyQuestionIsOfferedASentenceThatGivesAReason(String sentence, boolean offers) {
        String question = "My memory use looks awful. Why?";

        assertEquals(offers, AnswerKind.offers(AnswerKind.of(question), question, sentence));
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Use os.availableParallelism() for this purpose.|true",
        "The maxBuffer option sets the largest amount of data.|true",
        "The process is sent the 'SIGTERM' signal.|true",
        "Set finishFlush to Z_SYNC_FLUSH to read truncated data.|true",
        "The line ending of the current system is os.EOL.|true",
        "The limit is the largest amount of data, e.g. a few megabytes.|false",
        "It doesn't say what's sent to the child.|false",
    })
    void theNamesOfCodeAnswerAQuestionAboutCode(String sentence, boolean offers) {
        String question = "Which option or function should I use?";

        assertEquals(offers, AnswerKind.offers(AnswerKind.Kind.COMMAND, question, sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "World leaders are mounting pressure on the military junta in Niamey to return to constitutional rule.|true",
        "The call was initiated by Mali, which along with Burkina Faso and Guinea is also run by a junta.|false",
        "The junta is based in the capital.|false",
        "The junta in Niger took power in July.|false",
    })
    void aPlaceIsANameAfterAPrepositionOfPlaceThatTheQuestionDoesNotName(String sentence, boolean offers) {
        String question = "Which city in Niger is the junta based in?";

        assertEquals(offers, AnswerKind.offers(AnswerKind.Kind.PLACE, question, sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Where are the ECOWAS military chiefs meeting?|ECOWAS military chiefs are meeting in Ghana on Thursday.|true",
        "Where does APT keep the files it downloaded?|They are kept in /var/cache/apt/archives until cleaned.|true",
        "Where does APT keep the files it downloaded?|APT keeps the files it downloaded until they are cleaned.|false",
        "Which file lists the mounts?|Mounts are read at boot in Debian.|false",
    })
    void aWhereQuestionIsOfferedAPathOrAPlaceAndAFileQuestionOnlyAPath(String question, String sentence,
                                                                       boolean offers) {
        assertEquals(offers, AnswerKind.offers(AnswerKind.of(question), question, sentence));
    }

    @Test
    void whatASentenceShowsIsKeptButJudgedAgainstEachQuestionAnew() {
        String sentence = "Pass the --force option to overwrite the target.";
        for (int round = 0; round < 2; round++) { // the second round reads what the first kept
            assertTrue(AnswerKind.offers(AnswerKind.Kind.COMMAND, "Which option overwrites the target?", sentence));
            assertFalse(AnswerKind.offers(AnswerKind.Kind.COMMAND, "What does --force overwrite?", sentence));
        }
    }
}
