package dev.citebot.bench;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.CitebotConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.EmbeddingModels;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.TextExtractor;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Embedding throughput on the same passages: LangChain4j's naive ingestion ({@link EmbeddingStoreIngestor} with
 * its in-process model, one passage per document so it embeds exactly our passages) against Citebot's batched
 * engine. Both use the configured model (all-MiniLM-L6-v2 by default) and run in the same JVM, taking turns:
 * {@value #ROUNDS} rounds of one whole ingest each, so that a slow moment of the machine falls on both sides, and
 * the median of each side's rounds is reported with its range.
 */
final class IngestBenchmark {
    static final int ROUNDS = 3;

    record Result(int passages, List<Double> naiveRounds, List<Double> citebotRounds) {
        double naivePerSecond() {
            return Timing.median(naiveRounds);
        }

        double citebotPerSecond() {
            return Timing.median(citebotRounds);
        }

        double ratio() {
            return citebotPerSecond() / naivePerSecond();
        }

        static String range(List<Double> rounds) {
            return String.format("%.0f-%.0f", Collections.min(rounds), Collections.max(rounds));
        }
    }

    private IngestBenchmark() {
    }

    static Result run(CitebotConfig config, Path docs) {
        IngestResult ingested = new DocumentLoader(TextExtractor.configured(config.ingest()),
                config.ingest().maxFileBytes()).load(docs);
        PassageSplitter splitter = new PassageSplitter(config.chunking());
        List<String> passages = new ArrayList<>();
        ingested.documents().forEach(d -> splitter.split(d.id(), d.text()).stream().map(Passage::text)
                .forEach(passages::add));

        EmbeddingModel naiveModel = EmbeddingModels.langchain4j(config.embedding().model());
        EmbeddingStoreIngestor ingestor = EmbeddingStoreIngestor.builder()
                .documentSplitter(document -> List.of(TextSegment.from(document.text())))
                .embeddingModel(naiveModel)
                .embeddingStore(new InMemoryEmbeddingStore<>())
                .build();
        List<Document> documents = passages.stream().map(Document::from).toList();
        ingestor.ingest(documents.subList(0, Math.min(64, documents.size()))); // warm-up
        Embedder embedder = new Embedder(config.embedding().model(), "batched", config.embedding().batchSize(), 0, 1);
        embedder.embedAll(passages.subList(0, Math.min(64, passages.size()))); // warm-up
        List<Double> naive = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            ingestor.ingest(documents);
            naive.add(passages.size() / (Timing.millisSince(started) / 1000));
            started = System.nanoTime();
            embedder.embedAll(passages);
            ours.add(passages.size() / (Timing.millisSince(started) / 1000));
        }
        return new Result(passages.size(), naive, ours);
    }
}
