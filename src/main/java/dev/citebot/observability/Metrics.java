package dev.citebot.observability;

import dev.citebot.answer.Answer;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.reindex.ReindexListener;
import dev.citebot.reindex.ReindexReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Citebot's meters, one registry per server (never the global one): answers and their latency, the index,
 * ingest failures and re-index runs. HTTP requests are counted by {@link HttpMetrics}.
 */
public final class Metrics implements ReindexListener {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer answered;
    private final Timer declined;
    private final Counter ingestFailures;
    private final Counter embedded;
    private final Counter reused;
    /** The files failing after each collection's last run, so a failure is counted once, when it is new. */
    private final Map<String, Set<String>> failingBefore = new HashMap<>();
    private boolean jvmBound;

    public Metrics(Pipeline pipeline) {
        registry.config().meterFilter(ProcessorMeters.names());
        answered = answerTimer("true");
        declined = answerTimer("false");
        ingestFailures = Counter.builder("citebot.ingest.failures")
                .description("Files that newly failed to ingest (too big, too long, too slow, corrupt, outside)")
                .register(registry);
        embedded = Counter.builder("citebot.reindex.texts.embedded")
                .description("Passages and sentences embedded by index builds before they were ready (not those"
                        + " embedded after, in the background or for a question)").register(registry);
        reused = Counter.builder("citebot.reindex.texts.reused")
                .description("Passages and sentences whose vectors were reused (unchanged files)").register(registry);
        indexGauge(pipeline, "citebot.index.documents", "Documents in the index", i -> i.documents().size());
        indexGauge(pipeline, "citebot.index.passages.embedding",
                "Passages of the index still without a vector (embedded in the background after ready)",
                i -> i.passageVectors().missing());
        indexGauge(pipeline, "citebot.index.passages", "Passages in the index", i -> i.passages().size());
        indexGauge(pipeline, "citebot.ingest.failed.files", "Files the index could not read", i -> i.failures().size());
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * The Prometheus text of every meter. The JVM's own meters (memory, threads, processor, uptime) are bound at
     * the first scrape: they are read only then, and binding them loads the JVM's management classes, which
     * every start would otherwise pay for before it is ready.
     */
    public String scrape() {
        synchronized (registry) {
            if (!jvmBound) {
                new JvmMemoryMetrics().bindTo(registry);
                new JvmThreadMetrics().bindTo(registry);
                new ProcessorMeters().bindTo(registry);
                new UptimeMetrics().bindTo(registry);
                jvmBound = true;
            }
        }
        return registry.scrape();
    }

    /** Latency of each answer, and whether it was declined (a refusal to answer from the documents). */
    public void answered(Answer answer) {
        (answer.answerable() ? answered : declined).record(Duration.ofMillis(answer.tookMs()));
    }

    @Override
    public void reindexed(ReindexReport report) {
        reindexed(Question.DEFAULT_COLLECTION, report);
    }

    @Override
    public synchronized void reindexed(String collection, ReindexReport report) {
        reindexTimer("success").record(Duration.ofMillis(report.tookMs()));
        embedded.increment(report.embeddedTexts());
        reused.increment(report.reusedTexts());
        Set<String> failing = new HashSet<>();
        report.failed().forEach(f -> failing.add(f.path() + "\n" + f.reason()));
        Set<String> before = failingBefore.getOrDefault(collection, Set.of());
        ingestFailures.increment(failing.stream().filter(f -> !before.contains(f)).count());
        failingBefore.put(collection, failing);
    }

    @Override
    public void reindexFailed(long tookMs) {
        reindexTimer("failure").record(Duration.ofMillis(tookMs));
    }

    private Timer answerTimer(String answerable) {
        return Timer.builder("citebot.answer").description("Time to answer a question, by whether it was answerable")
                .tag("answerable", answerable).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    private Timer reindexTimer(String outcome) {
        return Timer.builder("citebot.reindex").description("Time to re-index the seeds folder").tag("outcome", outcome)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(30)).register(registry);
    }

    private void indexGauge(Pipeline pipeline, String name, String description, ToDoubleFunction<KnowledgeIndex> f) {
        Gauge.builder(name, pipeline, p -> p.isReady() ? f.applyAsDouble(p.current()) : 0)
                .description(description).register(registry);
    }
}
