package dev.citebot.index;

import dev.citebot.embed.EmbeddingModels;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real all-MiniLM-L6-v2, counting the texts it is given: what the index tests check was (not) embedded. */
final class CountingModel implements EmbeddingModel {
    private static final EmbeddingModel MODEL = EmbeddingModels.named("all-minilm-l6-v2", "batched", 16);
    final AtomicInteger embedded = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        embedded.addAndGet(segments.size());
        return MODEL.embedAll(segments);
    }
}
