package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredTextIT {
    private static final String PAGE = """
            <html><head><title>Tools</title></head><body>
            <h2>1.2. Security
              tools</h2>
            <p>List of tools to ban attackers:</p>
            <table><tr><th>package</th><th>description</th></tr>
            <tr><td>
                fail2ban</td>
              <td><p>ban IPs that cause</p><p>multiple authentication errors</p></td></tr>
            <tr><td>knockd</td><td></td></tr></table>
            <p>After the table.</p></body></html>""";

    @Test
    void eachTableRowIsOneLineWithItsCellsJoined() {
        String text = StructuredText.of(PAGE).text();
        assertTrue(text.contains("\n\nfail2ban | ban IPs that cause multiple authentication errors\n\n"), text);
        assertTrue(text.contains("\n\npackage | description\n\n"), text);
        assertTrue(text.contains("\n\nknockd\n\n"), text);
    }

    @Test
    void theHeadIsLeftOutAndTheRestIsKeptAsItIs() {
        String text = StructuredText.of(PAGE).text();
        assertTrue(!text.contains("Tools"), text);
        assertTrue(text.contains("List of tools to ban attackers:"), text);
        assertTrue(text.strip().endsWith("After the table."), text);
    }

    @Test
    void headingsAreKeptAsideOnOneLineEach() {
        assertEquals(List.of("1.2. Security tools"), StructuredText.of(PAGE).headings());
    }

    @Test
    void textThatIsNotXmlLosesItsTagsAndKeepsItsWords() {
        assertEquals("a < b & c", StructuredText.of("<p>a &lt; b &amp; c").text().strip());
    }

    @Test
    void bothExtractorsGiveTheSameRowsForAnHtmlFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tools.html");
        Files.writeString(file, PAGE);
        String inProcess = new TextExtractor(1_000_000).extract(file).text();
        try (IsolatedExtractor isolated = new IsolatedExtractor(1_000_000, new ParseLimits(true, 60, 256), Ocr.off("not needed"))) {
            String forked = isolated.extract(file).text();
            assertEquals(TextNormalizer.normalize(inProcess), TextNormalizer.normalize(forked));
        }
        assertTrue(inProcess.contains("fail2ban | ban IPs that cause multiple authentication errors"), inProcess);
    }
}
