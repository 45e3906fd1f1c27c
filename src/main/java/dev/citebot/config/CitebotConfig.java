package dev.citebot.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Every setting, read once at start-up and passed to the parts that need it. Front doors read their own
 * section from {@link #settings()} into their own record (e.g. the widget's allowed origins).
 */
public record CitebotConfig(
        String host,
        int port,
        Path seedsDir,
        Path promptsDir,
        Path dataDir,
        IngestConfig ingest,
        ChunkingConfig chunking,
        String embeddingModel,
        int embeddingBatchSize,
        RetrievalConfig retrieval,
        AnswerConfig answer,
        LimitsConfig limits,
        Settings settings) {

    public static final Path DEFAULT_FILE = Path.of("config", "citebot.properties");

    /**
     * The defaults the jar carries, overlaid by {@code CITEBOT_CONFIG} (which must be readable) or else by
     * config/citebot.properties in the working directory when there is one, then by the environment.
     */
    public static CitebotConfig load(Map<String, String> environment) {
        String named = environment.get("CITEBOT_CONFIG");
        if (named != null && !named.isBlank()) {
            return load(Path.of(named), environment);
        }
        Properties properties = defaults();
        if (Files.isRegularFile(DEFAULT_FILE)) {
            overlay(properties, DEFAULT_FILE);
        }
        return from(Settings.of(properties, environment));
    }

    /** The defaults the jar carries, overlaid by the file and the environment. */
    public static CitebotConfig load(Path file, Map<String, String> environment) {
        Properties properties = defaults();
        overlay(properties, file);
        return from(Settings.of(properties, environment));
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        Bundled.resource(Bundled.CONFIG).ifPresent(text -> {
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new ConfigException("cannot read the bundled defaults: " + e.getMessage(), e);
            }
        });
        return properties;
    }

    private static void overlay(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    public static CitebotConfig from(Settings s) {
        return new CitebotConfig(
                s.text("host"),
                s.integer("port"),
                Path.of(s.text("seeds.dir")),
                Path.of(s.text("prompts.dir")),
                Path.of(s.text("data.dir")),
                new IngestConfig(s.longValue("ingest.max.file.bytes"), s.integer("ingest.max.chars")),
                new ChunkingConfig(s.integer("chunk.size"), s.integer("chunk.overlap")),
                s.text("embedding.model"),
                s.integer("embedding.batch.size"),
                RetrievalConfig.of(
                        s.text("retrieval.mode"),
                        s.integer("retrieval.top.k"),
                        s.integer("retrieval.max.top.k"),
                        s.text("retrieval.fusion"),
                        s.decimal("retrieval.dense.weight"),
                        s.integer("retrieval.rrf.k")),
                new AnswerConfig(
                        s.integer("answer.max.sentences"),
                        s.decimal("answer.min.score"),
                        s.decimal("answer.min.term.coverage"),
                        s.decimal("answer.refusal.threshold"),
                        s.decimal("answer.sentence.ratio"),
                        s.integer("answer.closest.matches"),
                        new RankingWeights(s.decimal("answer.weight.dense"), s.decimal("answer.weight.lexical"),
                                s.decimal("answer.weight.context"), s.decimal("answer.weight.window"),
                                s.decimal("answer.weight.bm25"), s.decimal("answer.weight.kind")).normalised()),
                new LimitsConfig(
                        s.integer("limits.question.max.chars"),
                        s.longValue("limits.body.max.bytes"),
                        s.integer("limits.search.max.k")),
                s);
    }

    public CitebotConfig withPort(int newPort) {
        return new CitebotConfig(host, newPort, seedsDir, promptsDir, dataDir, ingest, chunking, embeddingModel,
                embeddingBatchSize, retrieval, answer, limits, settings);
    }

    public CitebotConfig withSeedsDir(Path dir) {
        return new CitebotConfig(host, port, dir, promptsDir, dataDir, ingest, chunking, embeddingModel,
                embeddingBatchSize, retrieval, answer, limits, settings);
    }
}
