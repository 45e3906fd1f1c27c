package dev.citebot.bench;

import dev.citebot.answer.Answer;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.embed.Embedder;
import dev.citebot.index.DiskVectorCache;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.pipeline.Question;
import dev.citebot.store.IndexStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Postgres mode against memory mode on the same generated corpus (that of {@link ScaleBenchmark}), in one JVM: the
 * writer's index is built as memory mode builds it (embedding every passage unless its vector is in the bench's
 * cache), written to the store as a generation, and a reader's index is built from that generation in a second
 * pipeline, as a reader replica does at start; then one document is added to the corpus and the writer writes the
 * next generation (reusing the rest from the store) and the reader moves to it; then answer latency on both indexes (each question asked of both in
 * turn, {@value #ROUNDS} rounds), and whether they give the same answers and citations. Sentence vectors are off, as in the scale rows (they triple the embedding and change nothing here).
 */
final class StoreBenchmark {
    static final String COLLECTION = "bench-store";
    static final int ROUNDS = 2;
    /** The passages of the document added after the first generation (one document of the generator's). */
    static final int ADDED_PASSAGES = 10;

    /**
     * @param addedWriteSeconds   writing the next generation after one document is added to the corpus (the rest
     *                            reused from the store)
     * @param readerFollowSeconds the reader's move to that generation (reading it and building its index)
     */
    record Result(int passages, double buildSeconds, double writeSeconds, double readerReadySeconds,
                  double addedWriteSeconds, double readerFollowSeconds,
                  double memoryP50Ms, double memoryP95Ms, double readerP50Ms, double readerP95Ms, int sameAnswers,
                  int asked) {
    }

    private StoreBenchmark() {
    }

    /**
     * @param config  settings with store=postgres and sentence vectors off
     * @param cache   where the corpus's vectors are kept between runs (the first run's build time is the one that
     *                includes embedding)
     */
    static Result run(CitebotConfig config, Prompts prompts, Embedder embedder, Path cache, List<String> sentences,
                      int passages, List<String> questions, Duration warmUp) {
        IngestResult docs = new IngestResult(ScaleBenchmark.generate(sentences, passages, config.chunking()),
                List.of());
        // The same corpus and one more document (the generator's next one: its first documents are the same).
        List<SourceDocument> more = ScaleBenchmark.generate(sentences, passages + ADDED_PASSAGES, config.chunking());
        IngestResult added = new IngestResult(more, List.of());
        String collection = COLLECTION + "-" + passages;
        try (IndexStore store = IndexStore.open(config.store());
             Pipeline writer = PipelineFactory.create(config, prompts, embedder);
             Pipeline reader = PipelineFactory.create(config, prompts, embedder)) {
            store.forget(collection);
            long started = System.nanoTime();
            KnowledgeIndex written = writer.install(Question.DEFAULT_COLLECTION, docs, Map.of(),
                    new DiskVectorCache(cache));
            double build = Timing.millisSince(started) / 1000;
            double write = seconds(() -> store.write(collection, written));
            double ready = seconds(() -> store.load(collection, reader));
            // One document added: the writer's next generation (its other documents the store's already) and the
            // reader's move to it. The writer's index with the new document is built first, outside the timings.
            KnowledgeIndex withOne = writer.install(Question.DEFAULT_COLLECTION, added, Map.of(),
                    new DiskVectorCache(cache));
            double addedWrite = seconds(() -> store.write(collection, withOne));
            double follow = seconds(() -> store.load(collection, reader));
            // Both warmed up, then each question asked of one and the other in turn, so a busy moment of the
            // machine falls on both.
            long until = System.nanoTime() + warmUp.toNanos();
            for (int i = 0; System.nanoTime() < until; i++) {
                writer.ask(Question.of(questions.get(i % questions.size())));
                reader.ask(Question.of(questions.get(i % questions.size())));
            }
            List<Double> onMemory = new ArrayList<>();
            List<Double> onReader = new ArrayList<>();
            int same = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : questions) {
                    long t = System.nanoTime();
                    Answer a = writer.ask(Question.of(q));
                    onMemory.add(Timing.millisSince(t));
                    t = System.nanoTime();
                    Answer b = reader.ask(Question.of(q));
                    onReader.add(Timing.millisSince(t));
                    if (round == 0 && a.answer().equals(b.answer()) && a.citations().equals(b.citations())) {
                        same++;
                    }
                }
            }
            store.forget(collection);
            return new Result(written.passages().size(), build, write, ready, addedWrite, follow,
                    Timing.median(onMemory),
                    Timing.percentile(onMemory, 95), Timing.median(onReader), Timing.percentile(onReader, 95), same,
                    questions.size());
        }
    }

    /** How long {@code work} takes, in seconds. */
    private static double seconds(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return Timing.millisSince(started) / 1000;
    }
}
