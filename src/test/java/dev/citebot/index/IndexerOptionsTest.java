package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.config.IndexConfig;
import dev.citebot.index.Indexer.Options;
import dev.citebot.index.Indexer.Sentences;
import org.junit.jupiter.api.Test;

/** The index.* settings read into the indexer's options: when sentences and passages get their vectors. */
class IndexerOptionsTest {
    @Test
    void sentenceVectorsOffMeansASentenceIsJudgedByItsPassagesVector() {
        assertEquals(new Options(true, Sentences.PASSAGE, false), Options.of(new IndexConfig(true, false, true, false)));
    }

    @Test
    void sentenceVectorsMadeLaterOrBeforeTheIndexIsReturnedAsConfigured() {
        assertEquals(new Options(false, Sentences.LATER, false), Options.of(new IndexConfig(false, true, true, false)));
        assertEquals(new Options(true, Sentences.EAGER, false), Options.of(new IndexConfig(true, true, false, false)));
    }

    @Test
    void passagesLaterIsCarriedAsConfigured() {
        assertEquals(new Options(true, Sentences.LATER, true), Options.of(new IndexConfig(true, true, true, true)));
    }

    @Test
    void eagerOptionsMakeEveryVectorBeforeTheIndexIsReturned() {
        assertEquals(new Options(true, Sentences.EAGER, false), Options.eager(true, true));
        assertEquals(new Options(false, Sentences.PASSAGE, false), Options.eager(false, false));
    }
}
