package dev.citebot.eval;

import dev.citebot.http.Json;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.config.Settings;
import dev.citebot.embed.Embedder;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.TextExtractor;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.store.IndexStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code citebot eval --docs DIR --questions FILE.jsonl [--report out.json] [--mode citebot|naive|bm25|bm25-standard]}
 * or {@code citebot eval --beir DIR ...}. Extra options: {@code --limit N} (first N questions) and
 * {@code --set key=value} (any config key, e.g. {@code --set embedding.model=all-minilm-l6-v2-q}). With
 * {@code --set store=postgres --set store.url=JDBC-URL} the citebot mode is measured twice in the one run: the
 * writer's index and a reader's index loaded from the generation the writer wrote to the store.
 */
public final class EvalCommand {
    private EvalCommand() {
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out) throws IOException {
        EvalOptions options = EvalOptions.parse(args);
        Map<String, String> env = new HashMap<>(environment);
        env.put("CITEBOT_SEEDS_DIR", options.docs().toString());
        options.settings().forEach((k, v) -> env.put(Settings.environmentName(k), v));
        CitebotConfig config = CitebotConfig.load(env);
        Prompts prompts = Prompts.load(config.promptsDir());
        if (options.dump() != null) {
            FeatureDump.write(config, QuestionFile.read(options.questions(), options.limit()), options.dump());
            out.println("features written to " + options.dump());
            return 0;
        }

        // read before the model starts loading: a process that ends while it loads can crash in native code
        List<EvalQuestion> questions = options.beir() == null ? QuestionFile.read(options.questions(), options.limit())
                : List.of();
        List<Measured> measured = new ArrayList<>();
        long started = System.nanoTime();
        if (options.mode().equals("citebot") && config.store().postgres()) {
            measured.addAll(throughStore(config, prompts, out));
        } else {
            Responder responder = responder(options.mode(), config, prompts, options.beforeFill());
            measured.add(new Measured(options.mode(), responder, (System.nanoTime() - started) / 1_000_000));
        }
        try {
            return evaluate(options, questions, measured, out);
        } finally {
            measured.forEach(m -> m.responder().close());
        }
    }

    private static int evaluate(EvalOptions options, List<EvalQuestion> questions, List<Measured> measured,
                                PrintStream out) throws IOException {
        Map<String, String> queries = options.beir() == null ? null
                : BeirEvaluation.readQueries(options.beir().resolve("queries.jsonl"));
        Map<String, Map<String, Integer>> qrels = options.beir() == null ? null
                : BeirEvaluation.readQrels(options.beir().resolve("qrels").resolve(options.split() + ".tsv"));
        List<Object> reports = new ArrayList<>();
        for (Measured m : measured) {
            if (options.beir() != null) {
                BeirReport beir = BeirEvaluation.run(m.mode(), m.responder(), queries, qrels, m.ingestMs());
                ReportTable.print(beir, out);
                reports.add(beir);
            } else {
                QaReport qa = QaEvaluation.run(m.mode(), m.responder(), questions, m.ingestMs());
                ReportTable.print(qa, out);
                reports.add(qa);
            }
        }
        if (reports.size() == 2) {
            ReportTable.difference(reports.get(0), reports.get(1), out);
        }
        if (options.report() != null) {
            Object report = reports.size() == 1 ? reports.get(0) : reports;
            Files.write(options.report(), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
            out.println("report written to " + options.report());
        }
        return 0;
    }

    /** A responder to evaluate, with its label and how long its index took to be ready. */
    private record Measured(String mode, Responder responder, long ingestMs) {
    }

    /**
     * Postgres mode in one run (docs/replicas.md): the writer's index (built from the folder as in memory mode),
     * written to the store as a generation, then a reader's index built from that generation in a second pipeline;
     * both are evaluated on the same questions. The run's generations are removed from the store afterwards.
     */
    private static List<Measured> throughStore(CitebotConfig config, Prompts prompts, PrintStream out) {
        Embedder embedder = Embedder.configured(config);
        long started = System.nanoTime();
        Pipeline writer = PipelineFactory.create(config, prompts, embedder);
        KnowledgeIndex written = writer.load(config.seedsDir());
        writer.awaitVectors();
        long built = System.nanoTime();
        String collection = "eval-" + ProcessHandle.current().pid();
        try (IndexStore store = IndexStore.open(config.store())) {
            long generation;
            long stored;
            Pipeline reader = PipelineFactory.create(config, prompts, embedder);
            KnowledgeIndex read;
            try {
                generation = store.write(collection, written);
                stored = System.nanoTime();
                read = store.load(collection, reader);
            } finally {
                store.forget(collection);
            }
            long loaded = System.nanoTime();
            out.printf("postgres: the writer's index (%d passages) written as generation %d in %d ms; a reader's"
                    + " index built from it in %d ms (%d documents split again)%n", written.passages().size(),
                    generation, (stored - built) / 1_000_000, (loaded - stored) / 1_000_000,
                    read.stats().splitDocuments());
            return List.of(new Measured("citebot (writer, as memory mode)", new CitebotResponder(writer, written),
                            (built - started) / 1_000_000),
                    new Measured("citebot (postgres reader)", new CitebotResponder(reader, read),
                            (loaded - stored) / 1_000_000));
        }
    }

    /**
     * @param beforeFill Citebot's answers as they are before the vectors left for later are all embedded (no
     *                   background fill: each question embeds what it reaches); otherwise after the fill
     */
    static Responder responder(String mode, CitebotConfig config, Prompts prompts, boolean beforeFill) {
        return switch (mode) {
            case "citebot" -> {
                Pipeline pipeline = PipelineFactory.create(config, prompts);
                pipeline.fillInBackground(!beforeFill);
                KnowledgeIndex index = pipeline.load(config.seedsDir());
                pipeline.awaitVectors(); // the answers of the whole index, not of a fill half done
                yield new CitebotResponder(pipeline, index);
            }
            case "naive" -> new NaivePeer(ingest(config));
            case "bm25" -> new Bm25Peer(ingest(config), new PassageSplitter(config.chunking()), false);
            case "bm25-standard" -> new Bm25Peer(ingest(config), new PassageSplitter(config.chunking()), true);
            default -> throw new IllegalArgumentException("--mode must be citebot, naive, bm25 or bm25-standard");
        };
    }

    private static IngestResult ingest(CitebotConfig config) {
        return new DocumentLoader(TextExtractor.configured(config.ingest()), config.ingest().maxFileBytes())
                .load(config.seedsDir());
    }
}
