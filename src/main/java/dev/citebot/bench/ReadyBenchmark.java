package dev.citebot.bench;

import dev.citebot.answer.Answer;
import dev.citebot.chunk.Passage;
import dev.citebot.embed.EmbeddingModels;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How soon new documents can be asked about, each against what the LangChain4j tutorial pipeline spends on
 * embedding alone with the same model, in the same run, taking turns:
 * <ul>
 *   <li>cold start: a Citebot JVM started on a folder with an empty cache, until {@code /ready} says 200 (and on
 *   until it says every passage is embedded), against
 *   {@link EmbeddingStoreIngestor} embedding the folder's text cut by {@code DocumentSplitters.recursive(300, 30)};
 *   <li>a new document: copied into a loaded folder, then {@link Pipeline#load} (what the folder watcher calls)
 *   and one question about it, until the answer cites it, against the ingestor embedding the document's passages
 *   (Citebot's passages, as the ingest row) and its 300-character tutorial chunks.
 * </ul>
 */
final class ReadyBenchmark {
    /** Characters of text counted as one page (about 500 words). */
    static final int PAGE_CHARS = 3_000;

    /** @param embeddedSeconds until every passage is embedded too, so that the dense search covers them all */
    record Cold(List<Double> citebotSeconds, List<Double> embeddedSeconds, List<Double> tutorialSeconds,
                int tutorialChunks) {
        double ratio() {
            return Timing.median(citebotSeconds) / Timing.median(tutorialSeconds);
        }
    }

    record NewDocument(String name, int pages, int passages, int tutorialChunks, double citebotSeconds,
                       double passagesSeconds, double tutorialSeconds, boolean cited) {
    }

    private ReadyBenchmark() {
    }

    /** The tutorial's segments of these texts: what it embeds. */
    static List<TextSegment> tutorialChunks(List<String> texts) {
        return DocumentSplitters.recursive(300, 30).splitAll(texts.stream().map(Document::from).toList());
    }

    /** Seconds {@link EmbeddingStoreIngestor} takes to embed these segments, already cut, into an in-memory store. */
    static double embeddingSeconds(EmbeddingModel model, List<TextSegment> segments) {
        EmbeddingStoreIngestor ingestor = EmbeddingStoreIngestor.builder()
                .documentSplitter(document -> List.of(TextSegment.from(document.text())))
                .embeddingModel(model)
                .embeddingStore(new InMemoryEmbeddingStore<>())
                .build();
        List<Document> documents = segments.stream().map(s -> Document.from(s.text())).toList();
        long started = System.nanoTime();
        ingestor.ingest(documents);
        return Timing.millisSince(started) / 1000;
    }

    static Cold cold(IngestResult folderText, Path folder, String model, int rounds) throws Exception {
        EmbeddingModel tutorial = EmbeddingModels.langchain4j(model);
        List<TextSegment> chunks = tutorialChunks(folderText.documents().stream().map(SourceDocument::text).toList());
        embeddingSeconds(tutorial, chunks.subList(0, Math.min(64, chunks.size()))); // warm-up
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        List<Double> citebot = new ArrayList<>();
        List<Double> embedded = new ArrayList<>();
        List<Double> peer = new ArrayList<>();
        for (int r = 0; r < rounds; r++) { // taking turns, so that a busy moment of the machine hits both alike
            peer.add(embeddingSeconds(tutorial, chunks));
            Path cache = TempFolders.create("citebot-bench-cold");
            Path data = TempFolders.create("citebot-bench-cold-data"); // no collections but the folder
            double[] ms = RestartBenchmark.untilReadyAndEmbedded(java, classpath, cache, Map.of("CITEBOT_SEEDS_DIR",
                    folder.toString(), "CITEBOT_DATA_DIR", data.toString(), "CITEBOT_EMBEDDING_MODEL", model), true);
            citebot.add(ms[0] / 1000);
            embedded.add(ms[1] / 1000);
        }
        return new Cold(citebot, embedded, peer, chunks.size());
    }

    /**
     * Copies {@code document} into the folder the pipeline has loaded, loads the folder again and asks
     * {@code question}; then measures the peers on the same document and takes it out again.
     */
    static NewDocument newDocument(Pipeline pipeline, Path folder, Path document, String question,
                                   EmbeddingModel tutorial) throws IOException {
        Path copy = folder.resolve(document.getFileName());
        Files.copy(document, copy);
        long started = System.nanoTime();
        pipeline.load(folder);
        Answer answer = pipeline.ask(Question.of(question));
        double citebot = Timing.millisSince(started) / 1000;
        String name = copy.getFileName().toString();
        SourceDocument doc = pipeline.current().documents().stream().filter(d -> d.path().endsWith(name))
                .findFirst().orElseThrow();
        boolean cited = answer.citations().stream().anyMatch(c -> c.documentId().equals(doc.id()));
        List<TextSegment> passages = pipeline.current().passages().stream()
                .filter(p -> p.documentId().equals(doc.id())).map(Passage::text).map(TextSegment::from).toList();
        List<TextSegment> chunks = tutorialChunks(List.of(doc.text()));
        pipeline.awaitVectors(); // the peers do not share the cores with the background fill
        double ofPassages = embeddingSeconds(tutorial, passages);
        double ofChunks = embeddingSeconds(tutorial, chunks);
        Files.delete(copy);
        pipeline.load(folder);
        return new NewDocument(name, doc.text().length() / PAGE_CHARS, passages.size(), chunks.size(), citebot,
                ofPassages, ofChunks, cited);
    }
}
