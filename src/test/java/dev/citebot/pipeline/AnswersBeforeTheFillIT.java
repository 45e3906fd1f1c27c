package dev.citebot.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With passage vectors left for later (the default), a folder is answerable once it is split and keyword-indexed.
 * Until every passage has its vector the dense side ranks BM25's candidates by their cosines (embedding them as a
 * question reaches them), so an answer does not depend on how far the fill has come; once it is over, the dense
 * search covers every passage and finds what shares no word with the question.
 */
class AnswersBeforeTheFillIT {
    @TempDir
    Path folder;
    @TempDir
    Path cache;

    @Test
    void beforeTheFillOnlyBm25sCandidatesAreRankedAndAfterItTheDenseSearchFindsTheRest() throws IOException {
        Files.writeString(folder.resolve("marsupials.txt"),
                "A marsupial carries its young in a pouch. Kangaroos and koalas are marsupials.");
        Files.writeString(folder.resolve("quokka.txt"),
                "Quokkas are small wallabies from Rottnest Island, famous for the smile on their faces.");
        Files.writeString(folder.resolve("okapi.txt"), "Okapis live in the Ituri rainforest and eat leaves.");
        CitebotConfig config = Citebots.config(folder, Map.of("CITEBOT_CACHE_DIR", cache.toString(),
                "CITEBOT_INGEST_ISOLATION", "none"));
        try (Pipeline pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()))) {
            pipeline.fillInBackground(false);
            KnowledgeIndex index = pipeline.load(folder);
            assertEquals(3, index.passageVectors().missing(), "answerable before any passage is embedded");

            assertEquals(Set.of("marsupials.txt"), paths(pipeline.search("Which marsupial grins?", 5)),
                    "only what BM25 finds");
            assertEquals(2, index.passageVectors().missing(), "the candidate was embedded, nothing else");
            assertTrue(pipeline.ask(Question.of("What does a marsupial carry its young in?")).answer()
                    .contains("pouch"));

            index.passageVectors().fill(() -> false);
            assertTrue(index.passageVectors().complete());
            List<SearchHit> after = pipeline.search("Which marsupial grins?", 5);
            assertEquals(Set.of("marsupials.txt", "quokka.txt", "okapi.txt"), paths(after),
                    "the dense search covers every passage");
            assertTrue(after.stream().anyMatch(h -> h.path().equals("quokka.txt") && h.bm25() == 0),
                    "found by its meaning alone");
        }
    }

    private static Set<String> paths(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::path).collect(Collectors.toSet());
    }
}
