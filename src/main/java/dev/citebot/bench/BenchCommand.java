package dev.citebot.bench;

import dev.citebot.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.config.Settings;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.EmbeddingModels;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.citebot.index.DiskVectorCache;
import dev.citebot.index.VectorCache;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.TextExtractor;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code citebot bench [--bench DIR] [--only restart,cold,ingest,new-document,upload,squad-latency,latency,
 * throughput,scale] [--seconds N] [--warm-up N] [--scale 1000,10000] [--rounds N] [--store-url JDBC-URL]}:
 * prints each performance figure beside its peer or floor, all measured in this one run. {@code --only store}
 * (not in the default set: it needs a Postgres with pgvector at {@code --store-url}, user and password from
 * {@code CITEBOT_STORE_USER} and {@code CITEBOT_STORE_PASSWORD}) compares Postgres mode with memory mode at each
 * {@code --scale}. {@code --largest-classes N} also prints, after each
 * {@code scale} row, the N classes that take most of the heap once the index is built. {@code --only
 * question-language} (not in the default set either) counts the plainly English
 * questions of SQuAD dev and XQuAD and times the question's language detection ({@link QuestionLanguageBenchmark}).
 */
public final class BenchCommand {
    static final String USAGE = """
            usage: java -jar citebot.jar bench [--bench DIR] [--only MEASURES] [--seconds N] [--warm-up N] [--rounds N]
                                               [--scale 1000,10000,100000] [--largest-classes N] [--store-url JDBC-URL]
              --bench DIR        the benchmark data (default ../shared/bench)
              --only MEASURES    comma-separated, of restart, cold, ingest, new-document, upload, squad-latency,
                                 latency, throughput, scale (all of these by default), store (Postgres mode against
                                 memory mode; needs --store-url), question-language
              --seconds N        how long latency and throughput are measured (20)
              --warm-up N        seconds of warm-up before them (30)
              --rounds N         rounds of the cold-start and new-document measures (2)
              --scale LIST       corpus sizes of the scale and store rows, in passages
              --largest-classes N  after each scale row, the N classes that take most of the heap
              --store-url URL    the Postgres of --only store (user and password: CITEBOT_STORE_USER, _PASSWORD)
            Figures are printed as Markdown rows, each beside its peer or floor; see docs/evaluation.md.""";

    private BenchCommand() {
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out) throws Exception {
        Path bench = Path.of("../shared/bench");
        Set<String> only = new LinkedHashSet<>(List.of("restart", "cold", "ingest", "new-document", "upload",
                "squad-latency", "latency", "throughput", "scale"));
        int rounds = 2;
        int seconds = 20;
        int warmUp = 30;
        List<Integer> scales = List.of(1_000, 10_000, 100_000);
        String storeUrl = "";
        int largestClasses = 0;
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("bench option " + args[i] + " needs a value (bench --help)");
            }
            switch (args[i]) {
                case "--bench" -> bench = Path.of(args[i + 1]);
                case "--only" -> only = new LinkedHashSet<>(List.of(args[i + 1].split(",")));
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--store-url" -> storeUrl = args[i + 1];
                case "--largest-classes" -> largestClasses = Integer.parseInt(args[i + 1]);
                case "--scale" -> scales = java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown bench option " + args[i] + " (bench --help)");
            }
        }
        Map<String, String> env = new HashMap<>(environment);
        env.put(Settings.environmentName("embedding.query.cache.size"), "0");
        // Every request comes from this one address: the per-address rate limit would measure itself.
        env.put(Settings.environmentName("rate.limit.per.minute"), "0");
        CitebotConfig config = CitebotConfig.load(env);
        Prompts prompts = Prompts.load(config.promptsDir());
        Embedder embedder = new Embedder(config.embedding().model(), "batched", config.embedding().batchSize(), 0,
                config.embedding().queryBatch());
        List<String> seedQuestions = questions(bench.resolve("seed/questions-dev.jsonl"));
        List<String> squadQuestions = questions(bench.resolve("squad2/questions-dev.jsonl"));
        out.println("| measure | Citebot | peer or floor | ratio | target |");
        out.println("|---|---|---|---|---|");
        if (only.contains("restart")) {
            Path cache = TempFolders.create("citebot-bench-cache");
            RestartBenchmark.Result r = RestartBenchmark.run(cache, config.embedding().model(), 5);
            out.printf("| restart to ready on the seed, warm cache, ms (cold start %.0f) | %.0f | %.0f (JVM start and "
                    + "model load from the jar) | %.2fx | <= 1.2x |%n", r.coldMs(), r.warmMs(), r.floorFromJarMs(),
                    r.ratioToJarFloor());
            out.printf("| the same restart against a stricter floor, ms | %.0f | %.0f (JVM start and model load from "
                    + "its copy in the cache) | %.2fx | |%n", r.warmMs(), r.floorFromCacheMs(), r.ratioToCacheFloor());
        }
        if (only.contains("cold")) {
            Path folder = bench.resolve("squad2/docs");
            ReadyBenchmark.Cold r = ReadyBenchmark.cold(loader(config).load(folder), folder,
                    config.embedding().model(), rounds);
            out.printf("| cold start to ready on the SQuAD folder, empty cache, s (median of %d, taking turns; "
                    + "Citebot %s, peer %s) | %.1f | %.1f (LangChain4j tutorial pipeline: embedding alone, %d "
                    + "chunks of <= 300 characters) | %.2fx | <= 0.67x |%n", rounds, seconds(r.citebotSeconds()),
                    seconds(r.tutorialSeconds()), Timing.median(r.citebotSeconds()),
                    Timing.median(r.tutorialSeconds()), r.tutorialChunks(), r.ratio());
            out.printf("| cold start until every passage is embedded (the dense search covers them all), s (the same"
                    + " starts; %s) | %.1f | %.1f (the same) | %.2fx | reported |%n", seconds(r.embeddedSeconds()),
                    Timing.median(r.embeddedSeconds()), Timing.median(r.tutorialSeconds()),
                    Timing.median(r.embeddedSeconds()) / Timing.median(r.tutorialSeconds()));
        }
        if (only.contains("ingest")) {
            IngestBenchmark.Result r = IngestBenchmark.run(config, bench.resolve("squad2/docs"));
            out.printf("| ingest, passages/s (%d SQuAD passages; median of %d rounds taking turns, range) | %.0f (%s) "
                    + "| %.0f (%s; LangChain4j EmbeddingStoreIngestor) | %.2fx | >= 1.5x |%n", r.passages(),
                    IngestBenchmark.ROUNDS, r.citebotPerSecond(), IngestBenchmark.Result.range(r.citebotRounds()),
                    r.naivePerSecond(), IngestBenchmark.Result.range(r.naiveRounds()), r.ratio());
        }
        if (only.contains("upload")) {
            String chapter = "ch02.en.html";
            Path doc = bench.resolve("manual/docs").resolve(chapter);
            UploadBenchmark.Result r = UploadBenchmark.run(bench.resolve("squad2/docs"), doc,
                    firstAnswerable(bench.resolve("manual/questions-dev.jsonl"), chapter), config.embedding().model());
            Path alone = TempFolders.create("citebot-bench-upload-doc");
            Files.copy(doc, alone.resolve(chapter));
            String text = loader(config).load(alone).documents().get(0).text();
            List<dev.langchain4j.data.segment.TextSegment> chunks = ReadyBenchmark.tutorialChunks(List.of(text));
            double peer = ReadyBenchmark.embeddingSeconds(EmbeddingModels.langchain4j(config.embedding().model()),
                    chunks);
            out.printf("| upload to answerable, s (%s, %d pages of %d characters, uploaded to a collection of the SQuAD "
                    + "folder's 35 files through `POST /api/collections/NAME/documents`, status polled until ready, "
                    + "then one question%s) | %.2f | %.2f (LangChain4j EmbeddingStoreIngestor on its %d tutorial "
                    + "chunks) | %.2fx | >= 1.5x |%n", chapter, text.length() / ReadyBenchmark.PAGE_CHARS,
                    ReadyBenchmark.PAGE_CHARS, r.cited() ? ", answer cites it" : ", ANSWER DOES NOT CITE IT",
                    r.seconds(), peer, chunks.size(), peer / r.seconds());
        }
        if (only.contains("new-document") || only.contains("squad-latency")) {
            newDocumentAndLatency(bench, env, prompts, embedder, only, rounds, warmUp, squadQuestions, out);
        }
        Pipeline pipeline = PipelineFactory.create(config, prompts, embedder);
        pipeline.load(config.seedsDir());
        if (only.contains("latency")) {
            LatencyBenchmark.Result r = LatencyBenchmark.run(pipeline, embedder, seedQuestions, 10,
                    Duration.ofSeconds(warmUp));
            out.printf("| answer p50 on the seed, ms (%d asks; p95 %.1f) | %.2f | %.2f (one question embedding) "
                    + "| %.2fx | <= 1.2x |%n", r.questions(), r.answerP95Ms(), r.answerP50Ms(), r.embeddingP50Ms(),
                    r.ratio());
        }
        if (only.contains("throughput")) {
            double ceiling = ThroughputBenchmark.ceiling(embedder, squadQuestions, Duration.ofSeconds(seconds));
            try (App app = App.start(config.withPort(0), prompts, pipeline)) {
                app.awaitIndex();
                ThroughputBenchmark.Result r = ThroughputBenchmark.ask(app.port(), squadQuestions,
                        Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds), ceiling);
                out.printf("| /api/ask with %d clients, questions/s (%d ok, %d errors) | %.1f | %.1f (embedding-bound "
                        + "ceiling) | %.2f | >= 0.80, 0 errors |%n", ThroughputBenchmark.CLIENTS, r.ok(), r.errors(),
                        r.askPerSecond(), r.ceilingPerSecond(), r.ratio());
            }
        }
        if (only.contains("scale")) {
            List<String> sentences = ScaleBenchmark.sentencesOf(loader(config).load(bench.resolve("squad2/docs")),
                    config.chunking().size());
            // The answer rows' pipeline: the index of the search rows (no context headers, no sentence vectors).
            Map<String, String> own = new HashMap<>(env);
            own.put(Settings.environmentName("index.context.headers"), "false");
            own.put(Settings.environmentName("index.sentence.vectors"), "false");
            own.put(Settings.environmentName("cache.dir"), TempFolders.create("citebot-bench-cache").toString());
            CitebotConfig answering = CitebotConfig.load(own);
            List<List<String>> asked = List.of(squadQuestions.subList(0, 100),
                    questions(bench.resolve("manual/questions-dev.jsonl")));
            out.println();
            out.println("| passages | build s | heap MB | search p50 ms | search p95 ms | answer p50 / p95 ms, 100 SQuAD"
                    + " questions | answer p50 / p95 ms, the manual's 105 questions (11 name code) |");
            out.println("|---|---|---|---|---|---|---|");
            for (int n : scales) {
                VectorCache cache = new DiskVectorCache(Path.of("target", "bench-cache", "scale-" + n));
                ScaleBenchmark.Result r = ScaleBenchmark.run(config, embedder, cache, sentences, n,
                        squadQuestions.subList(0, 100), largestClasses);
                ScaleBenchmark.Answers a = ScaleBenchmark.answers(answering, prompts, embedder, cache, sentences, n,
                        asked);
                out.printf("| %d | %.1f | %.0f | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f |%n", r.passages(),
                        r.buildSeconds(), r.heapBytes() / 1e6, r.searchP50Ms(), r.searchP95Ms(), a.p50Ms().get(0),
                        a.p95Ms().get(0), a.p50Ms().get(1), a.p95Ms().get(1));
                r.largestClasses().forEach(c -> out.println("    largest on the heap after the build (class, bytes, "
                        + "instances): " + c));
            }
        }
        if (only.contains("question-language")) {
            out.println();
            out.println("| questions | count | plainly English | detected English | plainEnglish us | detectQuestion us |");
            out.println("|---|---|---|---|---|---|");
            for (String file : List.of("squad2/questions-dev.jsonl", "xquad/de/questions.jsonl",
                    "xquad/es/questions.jsonl", "xquad/zh/questions.jsonl")) {
                QuestionLanguageBenchmark.Result r = QuestionLanguageBenchmark.run(questions(bench.resolve(file)));
                out.printf("| %s | %d | %d | %d | %.1f | %.1f |%n", file, r.questions(), r.plain(), r.english(),
                        r.plainMicros(), r.detectMicros());
            }
        }
        if (only.contains("store")) {
            store(env, storeUrl, prompts, embedder, loader(config).load(bench.resolve("squad2/docs")), scales,
                    squadQuestions.subList(0, 100), Duration.ofSeconds(Math.min(warmUp, 10)), out);
        }
        return 0;
    }

    /** Postgres mode against memory mode at each scale ({@link StoreBenchmark}). */
    private static void store(Map<String, String> env, String url, Prompts prompts, Embedder embedder,
                              dev.citebot.ingest.IngestResult squad, List<Integer> scales, List<String> questions,
                              Duration warmUp, PrintStream out) throws IOException {
        Map<String, String> own = new HashMap<>(env);
        own.put(Settings.environmentName("store"), "postgres");
        if (!url.isEmpty()) {
            own.put(Settings.environmentName("store.url"), url);
        }
        own.put(Settings.environmentName("index.sentence.vectors"), "false");
        own.put(Settings.environmentName("cache.dir"), TempFolders.create("citebot-bench-cache").toString());
        CitebotConfig config = CitebotConfig.load(own);
        List<String> sentences = ScaleBenchmark.sentencesOf(squad, config.chunking().size());
        out.println();
        out.println("| passages | build s (both modes) | write to store s | reader ready s | one document added:"
                + " write s | reader to that generation s | answer p50 / p95 ms, memory | answer p50 / p95 ms,"
                + " postgres reader | same answers |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (int n : scales) {
            StoreBenchmark.Result r = StoreBenchmark.run(config, prompts, embedder,
                    Path.of("target", "bench-cache", "store-" + n), sentences, n, questions, warmUp);
            out.printf("| %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f / %.1f | %.1f / %.1f | %d of %d |%n",
                    r.passages(), r.buildSeconds(), r.writeSeconds(), r.readerReadySeconds(), r.addedWriteSeconds(),
                    r.readerFollowSeconds(), r.memoryP50Ms(),
                    r.memoryP95Ms(), r.readerP50Ms(), r.readerP95Ms(), r.sameAnswers(),
                    r.asked());
        }
    }

    /**
     * The SQuAD folder loaded (in a copy, with a cache of its own), then answer latency on it and new documents
     * added to it, the manual's biggest chapters, one at a time.
     */
    private static void newDocumentAndLatency(Path bench, Map<String, String> env, Prompts prompts, Embedder embedder,
                                              Set<String> only, int rounds, int warmUp, List<String> squadQuestions,
                                              PrintStream out) throws Exception {
        Path folder = TempFolders.create("citebot-bench-folder");
        try (java.util.stream.Stream<Path> docs = Files.list(bench.resolve("squad2/docs"))) {
            for (Path doc : docs.toList()) {
                Files.copy(doc, folder.resolve(doc.getFileName()));
            }
        }
        Map<String, String> own = new HashMap<>(env);
        own.put(Settings.environmentName("cache.dir"), TempFolders.create("citebot-bench-cache").toString());
        CitebotConfig config = CitebotConfig.load(own);
        try (Pipeline pipeline = PipelineFactory.create(config, prompts, embedder)) {
            pipeline.load(folder);
            pipeline.awaitVectors();
            if (only.contains("squad-latency")) {
                List<String> asked = squadQuestions.subList(0, Math.min(200, squadQuestions.size()));
                LatencyBenchmark.Result r = LatencyBenchmark.run(pipeline, embedder, asked, 3,
                        Duration.ofSeconds(warmUp));
                out.printf("| answer p50 on the SQuAD folder, ms (%d asks; p95 %.1f) | %.2f | %.2f (one question "
                        + "embedding) | %.2fx | <= 1.5x |%n", r.questions(), r.answerP95Ms(), r.answerP50Ms(),
                        r.embeddingP50Ms(), r.ratio());
            }
            if (only.contains("new-document")) {
                EmbeddingModel tutorial = EmbeddingModels.langchain4j(config.embedding().model());
                List<String> chapters = List.of("ch02.en.html", "ch01.en.html", "ch10.en.html");
                for (String chapter : chapters.subList(0, Math.min(rounds + 1, chapters.size()))) {
                    Path doc = bench.resolve("manual/docs").resolve(chapter);
                    ReadyBenchmark.NewDocument r = ReadyBenchmark.newDocument(pipeline, folder, doc,
                            firstAnswerable(bench.resolve("manual/questions-dev.jsonl"), chapter), tutorial);
                    out.printf("| new document to answerable, s (%s, %d pages of %d characters, %d passages, added to "
                            + "the SQuAD folder; `Pipeline.load` and one question%s) | %.2f | %.2f (LangChain4j "
                            + "EmbeddingStoreIngestor on its %d passages); %.2f (on its %d tutorial chunks) | %.2fx; "
                            + "%.2fx | >= 1.5x |%n", r.name(), r.pages(), ReadyBenchmark.PAGE_CHARS, r.passages(),
                            r.cited() ? ", answer cites it" : ", ANSWER DOES NOT CITE IT", r.citebotSeconds(),
                            r.passagesSeconds(), r.passages(), r.tutorialSeconds(), r.tutorialChunks(),
                            r.passagesSeconds() / r.citebotSeconds(), r.tutorialSeconds() / r.citebotSeconds());
                }
            }
        }
    }

    private static String firstAnswerable(Path questions, String doc) throws IOException {
        ObjectMapper mapper = Json.plain();
        for (String line : Files.readAllLines(questions)) {
            if (!line.isBlank()) {
                JsonNode node = mapper.readTree(line);
                if (doc.equals(node.path("doc").asText()) && !node.path("is_impossible").asBoolean()) {
                    return node.get("question").asText();
                }
            }
        }
        throw new IllegalArgumentException("no answerable question about " + doc + " in " + questions);
    }

    private static DocumentLoader loader(CitebotConfig config) {
        return new DocumentLoader(new TextExtractor(config.ingest().maxChars()), config.ingest().maxFileBytes());
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format("%.1f", v)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static List<String> questions(Path file) throws IOException {
        ObjectMapper mapper = Json.plain();
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = mapper.readTree(line);
                questions.add(node.get("question").asText());
            }
        }
        return questions;
    }
}
