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
    void eachTableRowIsOneLineWithItsCellsJoinedAndARowOfHeadersIsLeftOut() {
        String text = StructuredText.of(PAGE).text();
        assertTrue(text.contains("\n\nfail2ban | ban IPs that cause multiple authentication errors\n\n"), text);
        assertTrue(!text.contains("package") && !text.contains("description"), "a row of headers only: " + text);
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
    void aListOfLinksOnlyIsLeftOutAndEveryOtherListKept() {
        String page = """
                <html><body>
                <ul><li><a href="assert.html">Assertion testing</a></li><li><a href="buffer.html">Buffer</a></li>
                <li><a href="dns.html">DNS</a><ul><li><a href="#lookup"><h3>dns.lookup()</h3></a></li></ul></li></ul>
                <p>The lookup resolves a host name.</p>
                <ul><li>The <a href="#family">family</a> option picks IPv4 or IPv6.</li><li>Order follows the OS.</li>
                <li><a href="#all">all</a></li></ul>
                <ul><li><a href="backup.html">backup</a></li><li><a href="restore.html">restore</a></li></ul>
                <dl><dt><a href="#a">1.1. Console basics</a></dt><dd><dl><dt><a href="#b">1.1.1. The prompt</a></dt>
                </dl></dd></dl>
                </body></html>""";
        StructuredText structured = StructuredText.of(page);
        String text = structured.text();
        assertTrue(!text.contains("Assertion testing") && !text.contains("Buffer") && !text.contains("dns.lookup()")
                && !text.contains("Console basics"), text);
        assertTrue(text.contains("The lookup resolves a host name."), text);
        assertTrue(text.contains("The family option picks IPv4 or IPv6.") && text.contains("all"), text);
        assertTrue(text.contains("backup") && text.contains("restore"), "two links may be content: " + text);
        assertEquals(List.of(), structured.headings());
    }

    @Test
    void aHeadingsPermalinkMarkIsNoWordOfIt() {
        StructuredText structured = StructuredText.of("""
                <html><body><h3>rl.setPrompt(prompt)<a href="#rl_setprompt">#</a><a /></h3>
                <p>Sets the prompt. See <a href="#x">the prompt</a> and <a href="#y">¶</a> below.</p></body></html>""");
        assertEquals(List.of("rl.setPrompt(prompt)"), structured.headings());
        assertTrue(structured.text().contains("rl.setPrompt(prompt)\n"), structured.text());
        assertTrue(structured.text().contains("See the prompt and  below."), structured.text());
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
