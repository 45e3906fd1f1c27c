package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kind of thing a question asks for decides what is quoted: a default question gets the sentence that states
 * the default, a sentence that only matches the question's words is quoted with the next one that names what was
 * asked.
 */
class AskedKindIT {
    @TempDir
    static Path docs;
    private static Pipeline pipeline;

    @BeforeAll
    static void index() throws IOException {
        Files.writeString(docs.resolve("api.txt"), """
                Reading lines

                The interface reads one line at a time from its input stream and writes a prompt to its output.

                prompt <string> The prompt string to use. Default: 'ready> '.

                history <number> The number of lines of history kept in memory. Default: 30.

                Package entry points

                When the exports field is defined, the other files of the package are hidden from importers. For \
                example, requiring a hidden file throws an ERR_HIDDEN_FILE_IMPORTED error.
                """);
        pipeline = Citebots.pipeline(docs, Map.of());
    }

    @Test
    void aDefaultQuestionIsAnsweredWithTheDefault() {
        Answer answer = pipeline.ask(Question.of("What's the default prompt string of the interface?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("'ready> '"), answer.answer());
    }

    @Test
    void aSentenceInTheQuestionsWordsIsQuotedWithTheNextOneThatNamesWhatWasAsked() {
        Answer answer = pipeline.ask(Question.of("Which error is thrown when someone imports a file of my package"
                + " that the exports field hides?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.citations().get(0).quote().contains("ERR_HIDDEN_FILE_IMPORTED"), answer.answer());
    }
}
