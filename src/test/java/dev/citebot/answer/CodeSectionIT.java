package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference page names the setting or command a section is about only in its heading or in the synopsis above
 * the description: the answer names it in front of the quote that does not.
 */
class CodeSectionIT {
    @Test
    void aQuoteUnderAHeadingThatNamesCodeIsShownWithThatName(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("pragmas.txt"), """
                ## PRAGMA schema_version

                The schema_version pragma reads or writes the schema-version integer at offset 40 in the database
                header. SQLite increments it by itself whenever the schema changes.

                ## PRAGMA user_version

                This pragma reads or writes the user-version integer at offset 60 in the database header. SQLite
                never uses it; applications keep their own number there, such as the version of their schema that
                their migrations have reached.
                """);
        Answer answer = Citebots.pipeline(seeds, Map.of()).answerWithEvidence(
                Question.of("Where can my application keep its own number for the migrations it has run?")).answer();
        assertTrue(answer.answer().startsWith("PRAGMA user_version: "), answer.answer());
        assertTrue(answer.citations().get(0).section().equals("PRAGMA user_version"), answer.answer());
    }

    @Test
    void aQuoteDeepInADefinitionIsShownWithTheSynopsisAboveIt(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("settings.txt"), """
                Settings of a connection

                PRAGMA busy_timeout

                PRAGMA schema.busy_timeout = milliseconds;

                This pragma sets a busy handler that sleeps when a table is locked. The handler sleeps repeatedly
                until at least the given number of milliseconds of sleeping have accumulated.

                PRAGMA query_only

                PRAGMA schema.query_only = boolean;

                This pragma is a safety switch for a connection. When it is enabled, any attempt to CREATE, DELETE,
                DROP, INSERT, or UPDATE fails with an error, although the database file itself can still be written
                by other connections that do not have the setting turned on.
                """);
        Answer answer = Citebots.pipeline(seeds, Map.of()).answerWithEvidence(
                Question.of("Can I make a connection refuse every INSERT or UPDATE with an error?")).answer();
        assertTrue(answer.answer().startsWith("PRAGMA schema.query_only = boolean: "), answer.answer());
    }

    @Test
    void aQuoteWhosePassageStartsInsideADefinitionIsShownWithTheSynopsisOfThePassageBefore(@TempDir Path seeds)
            throws IOException {
        // The description is longer than a passage: its last sentences start a passage of their own, and the
        // synopsis stands in the passage before.
        Files.writeString(seeds.resolve("settings.txt"), """
                Settings of a connection

                PRAGMA busy_timeout

                PRAGMA schema.busy_timeout = milliseconds;

                This pragma sets a busy handler that sleeps when a table is locked by another connection. The handler
                sleeps repeatedly until at least the given number of milliseconds of sleeping have accumulated.

                PRAGMA query_only

                PRAGMA schema.query_only = boolean;

                This pragma is a safety switch for a connection that only reads. It is off when a connection opens,
                and it stays as it was set until the connection closes or the pragma is run again with another value.
                It is meant for tools that open a database to inspect it, such as a report generator or a backup
                check, and that must never change it by mistake, whatever statements their users type. It changes
                nothing in the database file, and other connections see no difference at all. When it is enabled, any
                attempt to CREATE, DELETE, DROP, INSERT, or UPDATE fails with an error, although the database file
                itself can still be written by other connections.
                """);
        Answer answer = Citebots.pipeline(seeds, Map.of()).answerWithEvidence(
                Question.of("Can I make a connection refuse every INSERT or UPDATE with an error?")).answer();
        assertTrue(answer.answer().startsWith("PRAGMA schema.query_only = boolean: When it is enabled"),
                answer.answer());
    }
}
