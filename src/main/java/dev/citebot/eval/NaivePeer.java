package dev.citebot.eval;

import dev.citebot.embed.EmbeddingModels;
import dev.citebot.ingest.IngestResult;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The peer a LangChain4j tutorial builds: {@code DocumentSplitters.recursive(300, 30)}, all-MiniLM-L6-v2,
 * {@link EmbeddingStoreIngestor} into an in-memory store, dense top-k, the first passage as the answer.
 * It never declines. It reads the same extracted text as Citebot.
 */
final class NaivePeer implements Responder {
    private static final String PATH = "path";
    private final EmbeddingModel model = EmbeddingModels.langchain4j("all-minilm-l6-v2");
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final double meanLength;

    NaivePeer(IngestResult ingested) {
        List<Document> documents = ingested.documents().stream()
                .map(d -> Document.from(d.text(), Metadata.from(PATH, d.path()))).toList();
        List<TextSegment> segments = DocumentSplitters.recursive(300, 30).splitAll(documents);
        meanLength = segments.stream().mapToInt(s -> s.text().length()).average().orElse(0);
        EmbeddingStoreIngestor.builder()
                .documentSplitter(DocumentSplitters.recursive(300, 30))
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(documents);
    }

    private List<EmbeddingMatch<TextSegment>> search(String text, int k) {
        return store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed(text).content()).maxResults(k).build()).matches();
    }

    @Override
    public Response respond(String question) {
        List<String> passages = search(question, 10).stream().map(m -> m.embedded().text()).toList();
        return new Response(passages.isEmpty() ? "" : passages.get(0), false, passages);
    }

    @Override
    public List<String> rankDocuments(String query, int depth) {
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        search(query, depth).forEach(m -> docs.add(DocIds.fromPath(m.embedded().metadata().getString(PATH))));
        return new ArrayList<>(docs);
    }

    @Override
    public double meanPassageLength() {
        return meanLength;
    }

}
