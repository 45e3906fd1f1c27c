package dev.citebot.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every setting, read once at start-up into typed sections and validated there: nothing else reads a raw key.
 * Each part of Citebot receives its own section through its constructor.
 *
 * @param cacheDir      where parsed texts, vectors and the model file are kept across restarts; empty: nowhere
 * @param logFormat     {@code auto} (text at a terminal, else JSON), {@code json} or {@code text}
 * @param shutdownDrain how long requests in flight may take to finish when the server is stopped
 */
public record CitebotConfig(
        String host,
        int port,
        Path seedsDir,
        Path promptsDir,
        Path dataDir,
        Optional<Path> cacheDir,
        IngestConfig ingest,
        ParseLimits parse,
        ChunkingConfig chunking,
        EmbeddingConfig embedding,
        IndexConfig index,
        RetrievalConfig retrieval,
        AnswerConfig answer,
        LimitsConfig limits,
        SecuritySettings security,
        LlmSettings llm,
        SlackSettings slack,
        MattermostSettings mattermost,
        WidgetConfig widget,
        ReindexSettings reindex,
        CollectionSettings collections,
        StoreSettings store,
        String logFormat,
        Duration shutdownDrain) {

    public CitebotConfig {
        if (port < 0 || port > 65_535) {
            throw new ConfigException("port must be between 0 and 65535, got " + port);
        }
        if (!List.of("auto", "json", "text").contains(logFormat)) {
            throw new ConfigException("log.format must be auto, json or text, got '" + logFormat + "'");
        }
        if (shutdownDrain.isNegative()) {
            throw new ConfigException("shutdown.drain.seconds must be 0 or more, got " + shutdownDrain.toSeconds());
        }
    }

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
        String cacheDir = s.text("cache.dir");
        return new CitebotConfig(
                s.text("host"),
                s.integer("port"),
                Path.of(s.text("seeds.dir")),
                Path.of(s.text("prompts.dir")),
                Path.of(s.text("data.dir")),
                cacheDir.isBlank() ? Optional.empty() : Optional.of(Path.of(cacheDir)),
                new IngestConfig(s.longValue("ingest.max.file.bytes"), s.integer("ingest.max.chars"),
                        OcrConfig.from(s)),
                ParseLimits.from(s),
                new ChunkingConfig(s.integer("chunk.size"), s.integer("chunk.overlap"),
                        s.decimal("chunk.section.break")),
                EmbeddingConfig.from(s),
                IndexConfig.from(s),
                RetrievalConfig.of(
                        s.text("retrieval.mode"),
                        s.integer("retrieval.top.k"),
                        s.integer("retrieval.max.top.k"),
                        s.text("retrieval.fusion"),
                        s.decimal("retrieval.dense.weight"),
                        s.integer("retrieval.rrf.k"),
                        s.decimal("retrieval.window.weight"),
                        s.integer("retrieval.feedback.terms"),
                        s.decimal("retrieval.feedback.weight")),
                new AnswerConfig(
                        s.integer("answer.max.sentences"),
                        s.decimal("answer.min.score"),
                        s.decimal("answer.min.term.coverage"),
                        s.decimal("answer.refusal.threshold"),
                        s.decimal("answer.sentence.ratio"),
                        s.decimal("answer.shown.ratio"),
                        s.integer("answer.closest.matches"),
                        new RankingWeights(s.decimal("answer.weight.dense"), s.decimal("answer.weight.lexical"),
                                s.decimal("answer.weight.context"), s.decimal("answer.weight.window"),
                                s.decimal("answer.weight.bm25"), s.decimal("answer.weight.kind")).normalised()),
                new LimitsConfig(
                        s.integer("limits.question.max.chars"),
                        s.longValue("limits.body.max.bytes"),
                        s.integer("limits.search.max.k"),
                        s.longValue("limits.body.read.seconds"),
                        s.longValue("feedback.max.bytes")),
                SecuritySettings.from(s),
                LlmSettings.from(s),
                SlackSettings.from(s),
                MattermostSettings.from(s),
                WidgetConfig.from(s),
                ReindexSettings.from(s),
                CollectionSettings.from(s),
                StoreSettings.from(s),
                s.text("log.format"),
                Duration.ofSeconds(s.integer("shutdown.drain.seconds")));
    }

    public CitebotConfig withPort(int newPort) {
        return new CitebotConfig(host, newPort, seedsDir, promptsDir, dataDir, cacheDir, ingest, parse, chunking,
                embedding, index, retrieval, answer, limits, security, llm, slack, mattermost, widget, reindex,
                collections, store, logFormat, shutdownDrain);
    }
}
