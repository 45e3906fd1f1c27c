import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.CitebotConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.index.ContextHeader;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.ingest.TextExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How fast the batched engine embeds a folder's passages, in wall time and per CPU second of its embedding threads
 * (which a busy machine moves far less than wall time), with the context header in front of each passage as a
 * build embeds them (H) or without it as the bench's ingest row does (P), in rounds within one JVM, the first of
 * them in a cold JVM. Prints the token counts of both. Issue 20 in BENCHMARKS.md:
 * {@code java -cp target/citebot.jar src/bench/EmbeddingCpu.java ../shared/bench/squad2/docs H,P,H,P}.
 */
public class EmbeddingCpu {
    public static void main(String[] args) throws Exception {
        CitebotConfig config = CitebotConfig.load(Map.of());
        IngestResult ingested = new DocumentLoader(new TextExtractor(config.ingest().maxChars()),
                config.ingest().maxFileBytes()).load(Path.of(args[0]));
        PassageSplitter splitter = new PassageSplitter(config.chunking());
        List<String> plain = new ArrayList<>();
        List<String> headed = new ArrayList<>();
        for (SourceDocument doc : ingested.documents()) {
            for (Passage p : splitter.split(doc.id(), doc.text())) {
                plain.add(p.text());
                headed.add(ContextHeader.prefixed(ContextHeader.of(doc), p.text()));
            }
        }
        String model = config.embedding().model();
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                EmbeddingCpu.class.getClassLoader().getResourceAsStream(model + "-tokenizer.json"),
                Map.of("padding", "false"))) {
            for (List<String> texts : List.of(plain, headed)) {
                long sum = 0;
                int max = 0;
                for (String text : texts) {
                    int n = tokenizer.encode(text).getIds().length;
                    sum += n;
                    max = Math.max(max, n);
                }
                System.out.printf("%s: %d texts, %d tokens (%.1f a text, at most %d)%n", texts == plain ? "P" : "H",
                        texts.size(), sum, (double) sum / texts.size(), max);
            }
        }
        Embedder embedder = new Embedder(model, "batched", config.embedding().batchSize(), 0, 1);
        for (String round : (args.length > 1 ? args[1] : "H,P,H,P").split(",")) {
            List<String> texts = round.equals("H") ? headed : plain;
            long cpu = embeddingCpuNanos();
            long started = System.nanoTime();
            embedder.embedAll(texts);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (embeddingCpuNanos() - cpu) / 1e9;
            System.out.printf("%s: %.1f s, %.0f texts/s; embedding threads' CPU %.1f s, %.0f texts per CPU second%n",
                    round, seconds, texts.size() / seconds, cpuSeconds, texts.size() / cpuSeconds);
        }
        System.exit(0);
    }

    /** CPU time used so far by the batched engine's threads. */
    private static long embeddingCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("citebot-embed")) {
                sum += threads.getThreadCpuTime(t.getId());
            }
        }
        return sum;
    }
}
