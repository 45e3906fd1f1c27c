package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyword index is cut into runs of documents so that a new build analyses only new and changed documents;
 * where it is cut changes no score, no ranking and no statistic.
 */
class KeywordRunsTest {
    private static final List<String> QUERIES = List.of("okapi rainforest", "island smile", "leaves giraffe",
            "penguin ice", "the animals of the forest");
    private final Terms terms = new Terms();
    private final PassageSplitter splitter = new PassageSplitter(new ChunkingConfig(60, 0));
    private final VectorReuse.Part okapi = part("okapi", "Okapis live in the Ituri rainforest. They eat leaves. "
            + "The okapi is a relative of the giraffe. Its stripes hide it in the forest.");
    private final VectorReuse.Part quokka = part("quokka", "Quokkas live on Rottnest Island. They smile. "
            + "Quokkas eat leaves and grass in the forest of the island.");
    private final VectorReuse.Part penguin = part("penguin", "Emperor penguins breed on the ice. The forest is "
            + "far from them. They eat fish and krill.");
    private final VectorReuse.Part sloth = part("sloth", "Sloths hang in the rainforest trees. They eat leaves "
            + "slowly. The okapi and the sloth share the forest.");

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 1_000})
    void scoresRankingAndStatisticsDoNotDependOnWhereRunsAreCut(int runPassages) {
        List<VectorReuse.Part> parts = List.of(okapi, quokka, penguin, sloth);
        Bm25Index whole = KeywordRuns.index(terms, parts, List.of(), Integer.MAX_VALUE);
        Bm25Index cut = KeywordRuns.index(terms, parts, List.of(), runPassages);
        assertEquals(1, whole.segments().size());
        assertEquals(runPassages < 1_000, cut.segments().size() > 1, "cut into runs");
        assertSameSearch(whole, cut);
    }

    @Test
    void anAddedDocumentIsAnalysedAloneAndTheRunsAroundItAreReused() {
        Bm25Index first = KeywordRuns.index(terms, List.of(okapi, quokka, sloth), List.of(), 1);
        assertEquals(3, first.segments().size(), "one document a run");

        List<VectorReuse.Part> now = List.of(okapi, penguin, quokka, sloth);
        Bm25Index second = KeywordRuns.index(terms, now, first.segments(), 1);
        assertEquals(4, second.segments().size());
        assertSame(first.segments().get(0), second.segments().get(0), "okapi's run reused");
        assertEquals(List.of(penguin), second.segments().get(1).parts, "only the new document analysed");
        assertSame(first.segments().get(1), second.segments().get(2), "quokka's run reused");
        assertSame(first.segments().get(2), second.segments().get(3), "sloth's run reused");
        assertSameSearch(KeywordRuns.index(terms, now, List.of()), second);
    }

    @Test
    void aRemovedOrReplacedDocumentRedoesOnlyItsOwnRun() {
        Bm25Index first = KeywordRuns.index(terms, List.of(okapi, quokka, penguin, sloth), List.of(), 5);
        assertTrue(first.segments().size() > 1);
        VectorReuse.Part replaced = part("quokka", "Quokkas live on Rottnest Island and nowhere else.");
        List<VectorReuse.Part> now = List.of(okapi, replaced, penguin, sloth);
        Bm25Index second = KeywordRuns.index(terms, now, first.segments(), 5);
        for (Bm25Index.Segment before : first.segments()) {
            assertEquals(!before.parts.contains(quokka), second.segments().contains(before),
                    "only the run of the replaced document is analysed again: " + before.parts.size());
        }
        assertSameSearch(KeywordRuns.index(terms, now, List.of()), second);

        List<VectorReuse.Part> without = List.of(okapi, penguin, sloth);
        Bm25Index third = KeywordRuns.index(terms, without, second.segments(), 5);
        assertNotSame(second.segments().get(0), third.segments().get(0));
        assertSameSearch(KeywordRuns.index(terms, without, List.of()), third);
    }

    @Test
    void documentsAddedOneByOneLeaveAtMostABoundedNumberOfRuns() {
        List<VectorReuse.Part> parts = new ArrayList<>();
        Bm25Index index = KeywordRuns.index(terms, parts, List.of(), 1_000);
        for (int i = 0; i < KeywordRuns.EXTRA_RUNS * 2; i++) {
            parts.add(part("animal" + i, "Animal number " + i + " lives in the forest and eats leaves."));
            index = KeywordRuns.index(terms, List.copyOf(parts), index.segments(), 1_000);
            assertTrue(index.segments().size() <= KeywordRuns.EXTRA_RUNS + 1, "runs: " + index.segments().size());
        }
        assertSameSearch(KeywordRuns.index(terms, parts, List.of(), 1_000), index);
    }

    private void assertSameSearch(Bm25Index expected, Bm25Index actual) {
        for (String query : QUERIES) {
            List<String> analysed = terms.of(query);
            assertEquals(expected.search(analysed, 50), actual.search(analysed, 50), query);
            for (String term : analysed) {
                assertEquals(expected.idf(term), actual.idf(term), term);
                assertEquals(expected.mentions(term), actual.mentions(term), term);
            }
        }
        assertEquals(expected.maxIdf(), actual.maxIdf());
    }

    private VectorReuse.Part part(String name, String text) {
        SourceDocument doc = new SourceDocument(name, name + ".txt", name, "text/plain", text, text.length(),
                Integer.toHexString(text.hashCode()));
        LanguageMap language = LanguageMap.uniform(Languages.ENGLISH, text);
        return new VectorReuse.Part(doc, new ArrayList<>(splitter.split(name, text, language)), name,
                List.of(), language);
    }
}
