package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitebotConfigTest {

    @Test
    void readsEverySettingFromTheConfigFile() {
        CitebotConfig config = CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of());
        assertEquals(7070, config.port());
        assertEquals(Path.of("seeds"), config.seedsDir());
        assertEquals(500, config.chunking().size());
        assertEquals(2000, config.limits().questionMaxChars());
        assertEquals(1_048_576, config.limits().bodyMaxBytes());
    }

    @Test
    void environmentVariablesOverrideTheFile() {
        CitebotConfig config = CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_PORT", "9999", "CITEBOT_SEEDS_DIR", "/tmp/docs", "CITEBOT_CHUNK_SIZE", "800",
                        "CITEBOT_RETRIEVAL_MODE", "bm25"));
        assertEquals(9999, config.port());
        assertEquals(Path.of("/tmp/docs"), config.seedsDir());
        assertEquals(800, config.chunking().size());
        assertEquals(RetrievalConfig.Mode.BM25, config.retrieval().mode());
    }

    @Test
    void environmentNamesAreUpperSnakeCaseWithThePrefix() {
        assertEquals("CITEBOT_SEEDS_DIR", Settings.environmentName("seeds.dir"));
        assertEquals("CITEBOT_PORT", Settings.environmentName("port"));
        assertEquals("CITEBOT_ANSWER_MIN_SCORE", Settings.environmentName("answer.min.score"));
    }

    @Test
    void aBadValueIsAnErrorThatNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_PORT", "seventy")));
        assertTrue(e.getMessage().contains("port"), e.getMessage());
    }

    @Test
    void aSettingTheFileLeavesOutComesFromTheJarsDefaults(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("citebot.properties"), "port=1\n");
        CitebotConfig config = CitebotConfig.load(file, Map.of());
        assertEquals(1, config.port());
        assertEquals(CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of()).seedsDir(), config.seedsDir());
    }

    @Test
    void aBadValueIsAnErrorThatNamesTheKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("citebot.properties"), "chunk.size=many\n");
        ConfigException e = assertThrows(ConfigException.class, () -> CitebotConfig.load(file, Map.of()));
        assertTrue(e.getMessage().contains("chunk.size"), e.getMessage());
    }

    @Test
    void aMissingConfigFileIsAnErrorThatNamesIt(@TempDir Path dir) {
        Path file = dir.resolve("nope.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> CitebotConfig.load(file, Map.of()));
        assertTrue(e.getMessage().contains("nope.properties"), e.getMessage());
    }

    @Test
    void hybridFusionIsWeightedByDefaultAndReciprocalRankOnRequest() {
        RetrievalConfig defaults = CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of()).retrieval();
        assertEquals(RetrievalConfig.Fusion.WEIGHTED, defaults.fusion());
        assertEquals(0.7, defaults.denseWeight());
        RetrievalConfig rrf = CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_RETRIEVAL_FUSION", "RRF")).retrieval();
        assertEquals(RetrievalConfig.Fusion.RRF, rrf.fusion());
    }

    @Test
    void aFusionOrDenseWeightOutOfRangeIsRefusedWithTheKeyNamed() {
        ConfigException fusion = assertThrows(ConfigException.class, () -> CitebotConfig.load(
                CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_RETRIEVAL_FUSION", "average")));
        assertTrue(fusion.getMessage().contains("retrieval.fusion"), fusion.getMessage());
        ConfigException weight = assertThrows(ConfigException.class, () -> CitebotConfig.load(
                CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_RETRIEVAL_DENSE_WEIGHT", "1.5")));
        assertTrue(weight.getMessage().contains("retrieval.dense.weight"), weight.getMessage());
    }

    @Test
    void windowsAndFeedbackAreOffByDefaultAndOutOfRangeValuesAreRefusedWithTheKeyNamed() {
        RetrievalConfig defaults = CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of()).retrieval();
        assertEquals(0, defaults.windowWeight());
        assertEquals(0, defaults.feedbackTerms());
        for (Map.Entry<String, String> bad : Map.of("CITEBOT_RETRIEVAL_WINDOW_WEIGHT", "1.5",
                "CITEBOT_RETRIEVAL_FEEDBACK_TERMS", "-1", "CITEBOT_RETRIEVAL_FEEDBACK_WEIGHT", "2").entrySet()) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of(bad.getKey(), bad.getValue())));
            String key = bad.getKey().substring("CITEBOT_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            assertTrue(e.getMessage().contains(key), e.getMessage());
        }
    }

    @Test
    void aPortOutOfRangeIsAStartUpErrorBeforeAnythingLoads() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_PORT", "70000")));
        assertTrue(e.getMessage().contains("port") && e.getMessage().contains("70000"), e.getMessage());
    }

    @Test
    void everySectionIsReadAndValidatedOnceAtStart() {
        CitebotConfig config = CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_EMBEDDING_QUERY_BATCH",
                "64", "CITEBOT_SHUTDOWN_DRAIN_SECONDS", "3", "CITEBOT_CACHE_DIR", ""));
        assertEquals(config.embedding().batchSize(), config.embedding().queryBatch(), "a question batch fits a batch");
        assertEquals(java.time.Duration.ofSeconds(3), config.shutdownDrain());
        assertEquals(java.util.Optional.empty(), config.cacheDir());
        assertThrows(ConfigException.class, () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_LOG_FORMAT", "xml")));
        assertThrows(ConfigException.class, () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_EMBEDDING_QUERY_BATCH", "0")));
        assertThrows(ConfigException.class, () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE,
                Map.of("CITEBOT_LLM_PROVIDER", "skynet")));
    }

    @Test
    void anUnknownCitebotVariableIsWarnedAboutWithTheClosestKnownName() {
        java.util.List<String> warnings = Settings.unknownVariables(
                java.util.Set.of("CITEBOT_SEEDSDIR", "CITEBOT_SEEDS_DIR", "HOME", "CITEBOT_CONFIG"),
                java.util.Set.of("seeds.dir", "data.dir", "port"));
        assertEquals(java.util.List.of("unknown environment variable CITEBOT_SEEDSDIR is ignored; did you mean "
                + "CITEBOT_SEEDS_DIR?"), warnings);
    }
}
