package dev.citebot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Search through LangChain4j's {@link InMemoryEmbeddingStore}: the passage vectors with their texts. Indexes used
 * it up to {@link Indexer#FLAT_ABOVE} passages; {@link CosineVectorSearch} now gives its results exactly, and the
 * tests compare the two.
 */
final class StoreVectorSearch implements VectorSearch {
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    StoreVectorSearch(float[][] vectors, List<String> texts) {
        if (vectors.length == 0) {
            return;
        }
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < vectors.length; i++) {
            ids.add(Integer.toString(i));
            embeddings.add(Embedding.from(vectors[i]));
            segments.add(TextSegment.from(texts.get(i)));
        }
        store.addAll(ids, embeddings, segments);
    }

    @Override
    public List<Hit> search(float[] query, int k) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query)).maxResults(k).build();
        List<Hit> hits = new ArrayList<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            hits.add(new Hit(Integer.parseInt(match.embeddingId()), 2 * match.score() - 1));
        }
        return hits;
    }
}
