package dev.citebot.bench;

import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.embed.Embedder;
import dev.citebot.index.Indexer;
import dev.citebot.index.VectorCache;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.pipeline.Question;
import dev.citebot.retrieve.Retriever;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How memory, build time, search latency and answer latency grow with the corpus. The corpus is generated from the bench
 * documents: their sentences recombined (with a fixed seed) into new documents of ten passages each, as many
 * as needed. Sentence vectors are off here: they multiply embedding time by three and do not change search.
 */
final class ScaleBenchmark {
    /** @param largestClasses the classes that take most of the heap once the index is built, largest first */
    record Result(int passages, double buildSeconds, long heapBytes, double searchP50Ms, double searchP95Ms,
                  List<String> largestClasses) {
    }

    private ScaleBenchmark() {
    }

    /**
     * @param cache where the generated corpora's vectors are kept between runs (a re-run then measures build
     *              time without embedding; the first run's build time is the one to read)
     */
    static Result run(CitebotConfig config, Embedder embedder, VectorCache cache, List<String> sentences,
                      int passages, List<String> questions, int largestClasses) {
        Terms terms = new Terms();
        List<SourceDocument> docs = generate(sentences, passages, config.chunking());
        long before = Timing.usedHeapBytes();
        long started = System.nanoTime();
        KnowledgeIndex index = new Indexer(new PassageSplitter(config.chunking()), embedder, terms,
                Indexer.Options.eager(false, false), cache)
                .build(new dev.citebot.ingest.IngestResult(docs, List.of()));
        double build = Timing.millisSince(started) / 1000;
        long heap = Timing.usedHeapBytes() - before;
        List<String> largest = largestClasses == 0 ? List.of() : Timing.largestClasses(largestClasses);
        Retriever retriever = new Retriever(config.retrieval(), embedder, terms);
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String q : questions) {
                long t = System.nanoTime();
                retriever.retrieve(index, retriever.query(q + " " + round), config.retrieval().topK());
                if (round > 0) {
                    times.add(Timing.millisSince(t));
                }
            }
        }
        return new Result(index.passages().size(), build, heap, Timing.median(times), Timing.percentile(times, 95),
                largest);
    }

    /** Documents whose passages are recombined sentences: about {@code passages} passages in all. */
    static List<SourceDocument> generate(List<String> sentences, int passages, ChunkingConfig chunking) {
        Random random = new Random(42);
        List<SourceDocument> docs = new ArrayList<>();
        int perDoc = 10;
        for (int d = 0; d * perDoc < passages; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < perDoc && d * perDoc + p < passages; p++) {
                StringBuilder passage = new StringBuilder();
                while (passage.length() < chunking.size() * 0.7) {
                    passage.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                text.append(passage.toString().strip()).append("\n\n");
            }
            String body = text.toString().strip();
            docs.add(new SourceDocument("gen-" + d, "gen/" + d + ".txt", "Generated " + d, "text/plain", body,
                    body.length(), Integer.toHexString(body.hashCode())));
        }
        return docs;
    }

    /** Answer latency at one scale, per question set: median and 95th percentile, ms. */
    record Answers(List<Double> p50Ms, List<Double> p95Ms) {
    }

    /**
     * Answer latency over the corpus {@link #run} searched (the same documents, generated again): a pipeline as the
     * server runs it, whose {@code config} has context headers and sentence vectors off as that row's index has, so
     * the passages' vectors come from the same {@code cache}. Each question of each set asked twice, the second time
     * timed (the query vector cache is off in the bench, so each answer embeds its question).
     */
    static Answers answers(CitebotConfig config, Prompts prompts, Embedder embedder, VectorCache cache,
                           List<String> sentences, int passages, List<List<String>> questionSets) {
        List<SourceDocument> docs = generate(sentences, passages, config.chunking());
        try (Pipeline pipeline = PipelineFactory.create(config, prompts, embedder)) {
            pipeline.install(Question.DEFAULT_COLLECTION, new IngestResult(docs, List.of()), Map.of(), cache);
            List<Double> p50 = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            for (List<String> questions : questionSets) {
                List<Double> times = new ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    for (String q : questions) {
                        long t = System.nanoTime();
                        pipeline.ask(Question.of(q));
                        if (round > 0) {
                            times.add(Timing.millisSince(t));
                        }
                    }
                }
                p50.add(Timing.median(times));
                p95.add(Timing.percentile(times, 95));
            }
            return new Answers(p50, p95);
        }
    }

    static List<String> sentencesOf(IngestResult ingested, int maxLength) {
        List<String> sentences = new ArrayList<>();
        dev.citebot.chunk.SentenceSplitter splitter = new dev.citebot.chunk.SentenceSplitter(maxLength);
        for (SourceDocument d : ingested.documents()) {
            splitter.paragraphs(d.text()).forEach(p -> p.forEach(s -> sentences.add(s.of(d.text()))));
        }
        return sentences;
    }
}
