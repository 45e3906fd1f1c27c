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
 * A manual answers "How do I ...?" with a table row or a command line, and the prose around it repeats the
 * question's words: the answer quotes the line that shows the command first, with its citation.
 */
class ShownLineIT {
    @TempDir
    static Path seeds;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(seeds.resolve("packages.html"), """
                <html><head><title>Package management</title></head><body>
                <h2>Removing packages</h2>
                <p>When you remove a package, its configuration files usually stay on the system, so that a package
                installed again later finds the configuration you made. Removing a package and its configuration
                files together is called purging.</p>
                <table><caption>Basic package operations</caption>
                <tr><th>command</th><th>action</th></tr>
                <tr><td>pkg install foo</td><td>install package foo</td></tr>
                <tr><td>pkg remove foo</td><td>remove package foo, keeping its configuration</td></tr>
                <tr><td>pkg purge foo</td><td>remove package foo with its configuration files</td></tr>
                </table>
                <h2>Changing the default editor</h2>
                <p>Programs that start an editor for you call /usr/bin/editor, which points to the editor chosen
                for the whole system. You can change it by the following.</p>
                <pre>$ sudo pick-alternative --config editor</pre>
                <p>The choice of a small editor is a matter of taste.</p>
                </body></html>
                """);
        pipeline = Citebots.pipeline(seeds, Map.of());
    }

    @Test
    void aTableRowThatShowsTheCommandIsQuotedFirst() {
        Answer answer = pipeline.ask(Question.of("How do I uninstall a package and get rid of its configuration "
                + "files too?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.citations().get(0).quote().contains("pkg purge foo"), answer.answer());
    }

    @Test
    void aCommandLineIsQuotedFirst() {
        Answer answer = pipeline.ask(Question.of("How can I change which program /usr/bin/editor launches for "
                + "everyone?"));

        assertTrue(answer.answerable(), answer.answer());
        assertTrue(answer.citations().get(0).quote().contains("pick-alternative --config editor"), answer.answer());
    }
}
