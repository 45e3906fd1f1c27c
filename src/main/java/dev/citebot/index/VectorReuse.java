package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Vectors for each document of a build: taken from the cache when the document's key is there, otherwise
 * embedded, all new texts of the build in one batched call, and then stored for the next build.
 */
final class VectorReuse {
    private final Embedder embedder;
    private final VectorCache cache;
    private final String chunking;
    private final Indexer.Sentences sentences;
    private final boolean passagesLater;

    /** @param passagesLater leave the passages of documents not in the cache for later too (with sentences later) */
    VectorReuse(Embedder embedder, VectorCache cache, String chunking, Indexer.Sentences sentences,
                boolean passagesLater) {
        this.embedder = embedder;
        this.cache = cache;
        // Eager and later sentence vectors are the same vectors: one key, so either build reuses the other's.
        this.chunking = chunking + (sentences == Indexer.Sentences.PASSAGE ? ",sentences=passage" : "");
        this.sentences = sentences;
        this.passagesLater = passagesLater && sentences == Indexer.Sentences.LATER;
    }

    /** The document's passages, their context header, and (once known) their vectors. */
    static final class Part {
        final SourceDocument doc;
        final List<Passage> passages;
        final String header;
        final List<String> sections;
        final LanguageMap language;
        /** The document's headings, found once when it was split (a kept part keeps them too). */
        final List<SourceDocument.Heading> headings;
        VectorKey key;
        DocumentVectors vectors;

        /**
         * @param sections the section heading of each passage (empty: none)
         * @param language where each language stands in the document's text
         */
        Part(SourceDocument doc, List<Passage> passages, String header, List<String> sections, LanguageMap language) {
            this(doc, passages, header, sections, language, Sections.headings(doc));
        }

        Part(SourceDocument doc, List<Passage> passages, String header, List<String> sections, LanguageMap language,
             List<SourceDocument.Heading> headings) {
            this.doc = doc;
            this.passages = passages;
            this.header = header;
            this.sections = sections;
            this.language = language;
            this.headings = List.copyOf(headings);
        }

        /** Whether this part, built for an earlier index, holds {@code other} as it is now (same place and bytes). */
        boolean holds(SourceDocument other) {
            return doc.id().equals(other.id()) && doc.path().equals(other.path()) && doc.sha256().equals(other.sha256());
        }

        /** What passage {@code i} is embedded and keyword-indexed as: its text with its header in front. */
        String indexedText(int i) {
            return ContextHeader.prefixed(headerOf(i), passages.get(i).text());
        }

        /** The language of passage {@code i} (that of most of its characters). */
        String passageLanguage(int i) {
            Passage passage = passages.get(i);
            return language.of(passage.start(), passage.end());
        }

        /** What the section headings add to the cache key: nothing for a document without any. */
        String sectionsKey() {
            return sections.stream().allMatch(String::isEmpty) ? "" : ",sections=" + sections.hashCode();
        }

        /** What is embedded for each sentence of passage {@code i}: the sentence with its header in front. */
        List<String> sentenceTexts(int i) {
            List<String> texts = new ArrayList<>();
            for (Span s : passages.get(i).sentences()) {
                texts.add(ContextHeader.prefixed(headerOf(i), s.of(doc.text())));
            }
            return texts;
        }

        /** The document's header and the section the passage stands in: what is put in front of its texts. */
        String headerOf(int passage) {
            String section = sections.isEmpty() ? "" : sections.get(passage);
            return section.isEmpty() || header.isEmpty() ? header + section : header + ", " + section;
        }
    }

    /**
     * Fills in every part's vectors (with {@link Indexer.Sentences#LATER}, the passages' only, unless the cache
     * has the sentences too; with passages later, none but the cache's); returns {embedded, reused} counts of texts.
     */
    int[] fill(List<Part> parts) {
        List<String> texts = new ArrayList<>();
        List<Part> missing = new ArrayList<>();
        int reused = 0;
        for (Part part : parts) {
            if (part.vectors != null) { // kept from the last build, with the sentences embedded since
                reused += part.vectors.texts();
                continue;
            }
            part.key = new VectorKey(part.doc.sha256(), embedder.modelName(),
                    chunking + ",header=" + part.header + part.sectionsKey());
            int[] counts = part.passages.stream().mapToInt(p -> p.sentences().size()).toArray();
            part.vectors = cache.find(part.key).filter(v -> v.fits(counts)).orElse(null);
            if (part.vectors != null) {
                reused += part.vectors.texts();
            } else if (passagesLater) { // null until embedded (PassageVectors), stored once complete
                part.vectors = new DocumentVectors(new float[part.passages.size()][],
                        new float[part.passages.size()][][]);
            } else {
                missing.add(part);
                texts.addAll(texts(part));
            }
        }
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        int next = 0;
        for (Part part : missing) {
            next = assign(part, vectors, next);
            cache.store(part.key, part.vectors);
        }
        Set<VectorKey> kept = new HashSet<>();
        parts.forEach(p -> kept.add(p.key));
        cache.retainOnly(kept);
        return new int[] {texts.size(), reused};
    }

    /** The passage vectors of these parts, as one index numbers them; missing ones embedded later. */
    PassageVectors passagesOf(List<Part> parts, VectorSearch search) {
        return new PassageVectors(embedder, cache, parts, search);
    }

    /** The sentence vectors of these parts, as one index numbers their passages; missing ones embedded later. */
    SentenceVectors sentencesOf(List<Part> parts) {
        return new SentenceVectors(embedder, cache, parts);
    }

    private List<String> texts(Part part) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < part.passages.size(); i++) {
            texts.add(part.indexedText(i));
        }
        for (int i = 0; sentences == Indexer.Sentences.EAGER && i < part.passages.size(); i++) {
            texts.addAll(part.sentenceTexts(i));
        }
        return texts;
    }

    private int assign(Part part, List<float[]> vectors, int next) {
        int n = part.passages.size();
        float[][] passageVectors = new float[n][];
        float[][][] sentenceVectors = new float[n][][];
        for (int i = 0; i < n; i++) {
            passageVectors[i] = vectors.get(next++);
        }
        for (int i = 0; sentences != Indexer.Sentences.LATER && i < n; i++) { // LATER: null until embedded
            sentenceVectors[i] = new float[part.passages.get(i).sentences().size()][];
            for (int s = 0; s < sentenceVectors[i].length; s++) {
                sentenceVectors[i][s] = sentences == Indexer.Sentences.EAGER ? vectors.get(next++) : passageVectors[i];
            }
        }
        part.vectors = new DocumentVectors(passageVectors, sentenceVectors);
        return next;
    }
}
