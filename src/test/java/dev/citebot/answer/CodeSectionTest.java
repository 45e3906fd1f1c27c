package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which heading or term names the code a quote is about, when the quote itself does not. */
class CodeSectionTest {
    @Test
    void aHeadingThatNamesCodeTheQuoteDoesNotNameIsTheQuotesSection() {
        assertEquals("PRAGMA table_info", CitationBuilder.codeSection("PRAGMA table_info",
                "This pragma returns one row for each normal column in the named table."));
        assertEquals("fs.readFile(path[, options], callback)", CitationBuilder.codeSection(
                "fs.readFile(path[, options], callback)", "Asynchronously reads the entire contents of a file."));
        assertEquals(".save FILE", CitationBuilder.codeSection(".save FILE", "Write the database into FILE."));
        assertEquals("\\dconfig[+] [ pattern ]", CitationBuilder.codeSection("\\dconfig[+] [ pattern ]",
                "Without a pattern, only parameters that are set to non-default values are listed."));
        assertEquals("--include-untracked", CitationBuilder.codeSection("--include-untracked",
                "All untracked files are also stashed."));
    }

    @Test
    void aStatementsClosingSemicolonIsLeftOut() {
        assertEquals("PRAGMA schema.query_only = boolean", CitationBuilder.codeSection(
                "PRAGMA schema.query_only = boolean;", "When this pragma is enabled, writes fail."));
    }

    @Test
    void aHeadingOfWordsOrOneTheQuoteAlreadyNamesIsNoSection() {
        assertEquals("", CitationBuilder.codeSection("Write-Ahead Logging", "The WAL file grows."));
        assertEquals("", CitationBuilder.codeSection("PRAGMA table_info",
                "The table named in the TABLE_INFO pragma can also be a view."));
        assertEquals("", CitationBuilder.codeSection("x".repeat(CitationBuilder.MAX_SECTION) + " a_b", "Text."));
    }

    @Test
    void aQuoteThatIsItselfTheSynopsisOfOtherCodeIsShownWithoutTheSectionsName() {
        assertEquals("", CitationBuilder.codeSection("zlib.createGunzip([options])", "zlib.createGzip([options])"));
        assertEquals("", CitationBuilder.codeSection("fs.readFile(path[, options], callback)",
                "fs.readFileSync(path[, options])"));
    }
}
