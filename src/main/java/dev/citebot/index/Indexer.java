package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.chunk.Span;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.Terms;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Builds a {@link KnowledgeIndex}: split documents into passages, embed passages and sentences, index terms. */
public final class Indexer {
    private final PassageSplitter splitter;
    private final Embedder embedder;
    private final Terms terms;
    private final boolean contextHeaders;
    private final boolean sentenceVectorsWanted;

    /**
     * @param contextHeaders  put a header from the file name in front of what is embedded and indexed
     * @param sentenceVectors embed each sentence too (better answer sentences; about twice the embedding work)
     */
    public Indexer(PassageSplitter splitter, Embedder embedder, Terms terms, boolean contextHeaders,
                   boolean sentenceVectors) {
        this.splitter = splitter;
        this.embedder = embedder;
        this.terms = terms;
        this.contextHeaders = contextHeaders;
        this.sentenceVectorsWanted = sentenceVectors;
    }

    public KnowledgeIndex build(IngestResult ingested) {
        List<Passage> passages = new ArrayList<>();
        for (SourceDocument doc : ingested.documents()) {
            passages.addAll(splitter.split(doc.id(), doc.text()));
        }
        Map<String, SourceDocument> byId = new HashMap<>();
        ingested.documents().forEach(d -> byId.put(d.id(), d));
        Map<String, String> headers = new HashMap<>();
        ingested.documents().forEach(d -> headers.put(d.id(), contextHeaders ? ContextHeader.of(d) : ""));
        List<String> texts = new ArrayList<>();
        passages.forEach(p -> texts.add(ContextHeader.prefixed(headers.get(p.documentId()), p.text())));
        int sentenceStart = texts.size();
        for (Passage p : sentenceVectorsWanted ? passages : List.<Passage>of()) {
            String docText = byId.get(p.documentId()).text();
            for (Span s : p.sentences()) {
                texts.add(ContextHeader.prefixed(headers.get(p.documentId()), s.of(docText)));
            }
        }
        List<float[]> vectors = embedder.embedAll(texts);

        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        float[][] passageVectors = new float[passages.size()][];
        float[][][] sentenceVectors = new float[passages.size()][][];
        int next = sentenceStart;
        for (int i = 0; i < passages.size(); i++) {
            passageVectors[i] = vectors.get(i);
            ids.add(Integer.toString(i));
            embeddings.add(Embedding.from(vectors.get(i)));
            segments.add(TextSegment.from(passages.get(i).text()));
            sentenceVectors[i] = new float[passages.get(i).sentences().size()][];
            for (int s = 0; s < sentenceVectors[i].length; s++) {
                // without sentence vectors a sentence is judged by its passage's vector
                sentenceVectors[i][s] = sentenceVectorsWanted ? vectors.get(next++) : vectors.get(i);
            }
        }
        if (!ids.isEmpty()) {
            store.addAll(ids, embeddings, segments);
        }
        Bm25Index bm25 = new Bm25Index(terms, texts.subList(0, sentenceStart));
        return new KnowledgeIndex(ingested.documents(), passages, store, passageVectors, sentenceVectors, bm25, ingested.failures());
    }
}
