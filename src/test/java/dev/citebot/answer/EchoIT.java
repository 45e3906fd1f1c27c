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
 * A user who pastes an error message gets what the manual says after the line that shows it, not only that line:
 * the message is what they already have.
 */
class EchoIT {
    @TempDir
    static Path docs;
    private static Pipeline pipeline;

    @BeforeAll
    static void index() throws IOException {
        Files.writeString(docs.resolve("transactions.html"), """
                <html><head><title>Transactions</title></head><body>
                <h2>Serialization failures</h2>
                <p>Under the strictest level, a transaction that changes a row another transaction changed first is
                stopped.</p>
                <pre>ERROR:  could not serialize access due to concurrent update
                DETAIL:  The row was changed by another transaction after this transaction took its snapshot of the table
                HINT:  The transaction might succeed if retried.</pre>
                <p>Nothing is wrong with the server: start the same work again from its first statement.</p>
                <h2>Locks</h2>
                <p>A row lock is held until the transaction ends.</p>
                </body></html>
                """);
        pipeline = Citebots.pipeline(docs, Map.of());
    }

    @Test
    void aMessageTheUserQuotedIsQuotedWithWhatTheManualSaysAfterIt() {
        Answer answer = pipeline.ask(Question.of("My job failed with 'could not serialize access due to concurrent"
                + " update'. What am I supposed to do?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.citations().get(0).quote().contains("start the same work again"), answer.answer());
    }
}
