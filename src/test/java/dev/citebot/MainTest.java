package dev.citebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line says what was wrong and exits 2; it never starts a server on arguments it did not read. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandIsNamedAndExitsTwo() {
        assertEquals(2, run("bogus"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("citebot: unknown command 'bogus'"), said);
        assertTrue(said.contains("usage:"), said);
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("citebot \\d+\\.\\d+\\.\\d+\\S*\\R"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serveWithArgumentsIsRefusedBeforeAnythingStarts() {
        assertEquals(2, run("serve", "extra-arg", "--port", "1"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("serve takes no arguments, got 'extra-arg --port 1'"), said);
    }

    @Test
    void benchHelpPrintsItsOptionsAndRunsNothing() {
        assertEquals(0, run("bench", "--help"));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("usage: java -jar citebot.jar bench"), said);
        assertTrue(said.contains("--only MEASURES") && said.contains("--scale LIST"), said);
        assertEquals(0, run("bench", "--only", "scale", "-h"));
    }

    @Test
    void aBenchOptionWithoutItsValueOrUnknownIsNamedAndExitsTwo() {
        assertEquals(2, run("bench", "--only"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bench option --only needs a value"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("bench", "--fast", "yes"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown bench option --fast"),
                err.toString(StandardCharsets.UTF_8));
    }
}
