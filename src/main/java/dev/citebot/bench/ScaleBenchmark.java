package dev.citebot.bench;

import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.config.CitebotConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.index.Indexer;
import dev.citebot.index.VectorCache;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.retrieve.Retriever;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How memory, build time and search latency grow with the corpus. The corpus is generated from the bench
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
        KnowledgeIndex index = new Indexer(new PassageSplitter(config.chunking()), embedder, terms, false, false, cache)
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

    static List<String> sentencesOf(IngestResult ingested, int maxLength) {
        List<String> sentences = new ArrayList<>();
        dev.citebot.chunk.SentenceSplitter splitter = new dev.citebot.chunk.SentenceSplitter(maxLength);
        for (SourceDocument d : ingested.documents()) {
            splitter.paragraphs(d.text()).forEach(p -> p.forEach(s -> sentences.add(s.of(d.text()))));
        }
        return sentences;
    }
}
