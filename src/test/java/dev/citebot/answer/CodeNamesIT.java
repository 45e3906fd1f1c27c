package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about a name of code that no document holds is declined by that name; one the documents hold is not,
 * and neither is a name or number of the user's own setup ("My Electron app ...").
 */
class CodeNamesIT {
    @TempDir
    static Path docs;
    private static Pipeline pipeline;

    @BeforeAll
    static void index() throws IOException {
        Files.writeString(docs.resolve("child.txt"), """
                Running a child process

                The exec() function runs a command in a shell and buffers its output. The maxBuffer option sets the
                largest amount of data in bytes allowed on stdout or stderr.

                The spawn() function starts a process without a shell. Its stdout and stderr are streams.

                When the node process starts, it reads its options from the command line, such as --inspect.
                """);
        pipeline = Citebots.pipeline(docs, Map.of());
    }

    @Test
    void theNamesOfCodeInAQuestionAreFoundWhole() {
        assertEquals(List.of("--max-old-space-size", "net.connect", "peerDependencies", "Z_SYNC_FLUSH", "/etc/fstab",
                        "pg_stat_statements"),
                CodeNames.names("How do --max-old-space-size, net.connect(), peerDependencies, Z_SYNC_FLUSH,"
                        + " /etc/fstab and pg_stat_statements work, e.g. here?"));
        assertEquals(List.of(), CodeNames.names("How do I run a command in a shell?"));
        assertEquals(List.of("pg_hba.conf"), CodeNames.names("Can I read report.csv, notes.md and main.py when"
                + " pg_hba.conf changes?"));
    }

    @Test
    void aNumberOfTheUsersSetupDoesNotDeclineAQuestionTheDocumentsAnswerPlainly() {
        Answer answer = pipeline.ask(Question.of(
                "Which option sets the largest amount of data in bytes allowed on stdout or stderr on a server"
                        + " with 64GB when exec() runs a command in a shell?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("maxBuffer"), answer.answer());
    }

    @Test
    void anOptionNoDocumentHoldsIsNamedInTheRefusal() {
        Answer answer = pipeline.ask(Question.of("How do I raise the heap limit with --max-old-space-size?"));

        assertFalse(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("--max-old-space-size"), answer.answer());
    }

    @Test
    void aCallTheDocumentsHoldIsAnswered() {
        Answer answer = pipeline.ask(Question.of("Which option of exec() sets the largest amount of data allowed on stdout?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("maxBuffer"), answer.answer());
    }

    @Test
    void theUsersOwnFileBesideCodeTheDocumentsHoldDoesNotDeclineTheQuestion() {
        Answer answer = pipeline.ask(Question.of("My app.js calls exec() and its output is cut off. Which option"
                + " sets the largest amount of data allowed on stdout?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("maxBuffer"), answer.answer());
    }

    @Test
    void aNameOrNumberOfTheUsersOwnSetupDoesNotDeclineTheQuestion() {
        Answer answer = pipeline.ask(Question.of("My Electron app runs on a laptop with 64GB of RAM. Which function"
                + " starts a process without a shell?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("spawn()"), answer.answer());
    }

    @Test
    void aNameTheQuestionAsksAboutIsStillDeclined() {
        Answer answer = pipeline.ask(Question.of("My app is slow. Which function of Electron starts a process"
                + " without a shell?"));

        assertFalse(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("Electron"), answer.answer());
    }

    @Test
    void theUsersOwnDataFileDoesNotDeclineTheQuestion() {
        Answer answer = pipeline.ask(Question.of("Which function starts a process without a shell, to convert"
                + " report.csv in the background?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.answer().contains("spawn()"), answer.answer());
    }
}
