package dev.citebot.eval;

import dev.citebot.http.Json;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.config.Settings;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.TextExtractor;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code citebot eval --docs DIR --questions FILE.jsonl [--report out.json] [--mode citebot|naive|bm25|bm25-standard]}
 * or {@code citebot eval --beir DIR ...}. Extra options: {@code --limit N} (first N questions) and
 * {@code --set key=value} (any config key, e.g. {@code --set embedding.model=all-minilm-l6-v2-q}).
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
        long started = System.nanoTime();
        Responder responder = responder(options.mode(), config, prompts);
        long ingestMs = (System.nanoTime() - started) / 1_000_000;
        Object report;
        if (options.beir() != null) {
            BeirReport beir = BeirEvaluation.run(options.mode(), responder,
                    BeirEvaluation.readQueries(options.beir().resolve("queries.jsonl")),
                    BeirEvaluation.readQrels(options.beir().resolve("qrels").resolve(options.split() + ".tsv")),
                    ingestMs);
            ReportTable.print(beir, out);
            report = beir;
        } else {
            QaReport qa = QaEvaluation.run(options.mode(), responder, questions, ingestMs);
            ReportTable.print(qa, out);
            report = qa;
        }
        if (options.report() != null) {
            Files.write(options.report(), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
            out.println("report written to " + options.report());
        }
        return 0;
    }

    static Responder responder(String mode, CitebotConfig config, Prompts prompts) {
        return switch (mode) {
            case "citebot" -> {
                Pipeline pipeline = PipelineFactory.create(config, prompts);
                KnowledgeIndex index = pipeline.load(config.seedsDir());
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
