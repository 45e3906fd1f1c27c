package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manual that repeats a warning under each function has it quoted once in an answer, not once per place. */
class RepeatedWordsIT {

    @Test
    void theSameSentenceFromSeveralPlacesIsQuotedOnce(@TempDir Path seeds) throws IOException {
        String warning = "Never pass unsanitized user input to this function.";
        Files.writeString(seeds.resolve("api.txt"), """
                ## run(command)

                Runs a command in a shell. %s The shell expands wildcards and variables.

                ## runFile(file)

                Runs a program file without a shell. %s Arguments are passed as they are.

                ## runSync(command)

                Runs a command in a shell and waits for it. %s The call blocks the event loop.
                """.formatted(warning, warning, warning));
        Pipeline pipeline = Citebots.pipeline(seeds, Map.of());

        Answer answer = pipeline.ask(Question.of("Can I pass user input to these functions?"));

        assertTrue(answer.answerable(), answer.answer());
        assertEquals(1, answer.answer().split(warning, -1).length - 1, answer.answer());
    }
}
