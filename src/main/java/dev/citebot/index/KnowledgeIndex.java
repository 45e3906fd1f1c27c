package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.ingest.IngestFailure;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import dev.citebot.text.Scripts;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable snapshot of everything searchable: documents, their passages, the dense store of passage
 * vectors, the sentence vectors used to pick answer sentences, and the BM25 index. A new snapshot replaces
 * an old one whole, so a question never sees half an index. Vectors left for later ({@link PassageVectors},
 * {@link SentenceVectors}) are filled in place, each once, with the values an eager build gives them.
 */
public final class KnowledgeIndex {
    private static final int SCRIPT_SAMPLE_CHARS = 20_000;
    private final Map<String, SourceDocument> documents = new LinkedHashMap<>();
    private final Map<String, List<SourceDocument.Heading>> headings = new HashMap<>();
    private final Map<String, LanguageMap> documentLanguages;
    private final List<Passage> passages;
    private final List<String> passageLanguages;
    private final List<String> languages;
    private final Map<String, UnicodeScript> scripts = new HashMap<>();
    private final Map<String, Long> passageCounts = new HashMap<>();
    private final PassageVectors passageVectors;
    private final SentenceVectors sentenceVectors;
    private final Set<String>[][] sentenceTerms;
    private final Bm25Index bm25;
    private final List<IngestFailure> failures;
    private final IndexStats stats;

    /**
     * @param headings each document's headings as the build found them when it split the document (kept with a
     *                 document the build kept); a document missing here has its headings found now
     */
    KnowledgeIndex(List<SourceDocument> documents, Map<String, List<SourceDocument.Heading>> headings,
                   Map<String, LanguageMap> documentLanguages, List<Passage> passages,
                   List<String> passageLanguages, PassageVectors passageVectors, SentenceVectors sentenceVectors,
                   Bm25Index bm25, List<IngestFailure> failures, IndexStats stats) {
        documents.forEach(d -> this.documents.put(d.id(), d));
        documents.forEach(d -> this.headings.put(d.id(), headings.containsKey(d.id()) ? headings.get(d.id())
                : Sections.headings(d))); // found once, not on every answer
        this.documentLanguages = Map.copyOf(documentLanguages);
        this.passages = List.copyOf(passages);
        this.passageLanguages = List.copyOf(passageLanguages);
        Map<String, Long> perLanguage = new HashMap<>();
        passageLanguages.forEach(l -> perLanguage.merge(l, 1L, Long::sum));
        this.languages = perLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, StringBuilder> samples = new HashMap<>();
        for (int p = 0; p < passages.size(); p++) {
            StringBuilder sample = samples.computeIfAbsent(passageLanguages.get(p), l -> new StringBuilder());
            if (sample.length() < SCRIPT_SAMPLE_CHARS) {
                sample.append(passages.get(p).text()).append('\n');
            }
        }
        samples.forEach((language, sample) -> scripts.put(language, Scripts.dominant(sample.toString())));
        passages.forEach(p -> passageCounts.merge(p.documentId(), 1L, Long::sum)); // GET /api/documents lists them all
        this.passageVectors = passageVectors;
        this.sentenceVectors = sentenceVectors;
        @SuppressWarnings("unchecked")
        Set<String>[][] memo = new Set[passages.size()][];
        this.sentenceTerms = memo;
        this.bm25 = bm25;
        this.failures = List.copyOf(failures);
        this.stats = stats;
    }

    public List<SourceDocument> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<SourceDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /**
     * Whether the span from {@code start} to {@code end} of a document's text is (part of) a heading: HTML's h1 to
     * h6, or in plain text a numbered or Markdown heading line.
     */
    public boolean isHeading(String documentId, int start, int end) {
        List<SourceDocument.Heading> found = headings.get(documentId);
        return found != null && Sections.headingWithin(found, start, end);
    }

    /**
     * The title of the section that the offset of a document's text stands in: the last heading that ends at or
     * before it, without its numbering ("" when none does). A heading that recurs ("Note", "Example") names no
     * section ({@link Sections#titles}).
     */
    public String sectionAt(String documentId, int offset) {
        return Sections.at(headings(documentId), offset);
    }

    /** The headings of a document, found once when the index was built (none for an unknown document). */
    List<SourceDocument.Heading> headings(String documentId) {
        return headings.getOrDefault(documentId, List.of());
    }

    public List<Passage> passages() {
        return passages;
    }

    /** Where each language stands in a document's text. */
    public LanguageMap languages(String documentId) {
        LanguageMap map = documentLanguages.get(documentId);
        return map != null ? map : LanguageMap.uniform(Languages.UNDETERMINED, "");
    }

    /** The language of passage {@code p} (the language of most of its characters). */
    public String passageLanguage(int p) {
        return passageLanguages.get(p);
    }

    /** The script most of the passages of a language are written in ({@code COMMON} for a language it has not). */
    public UnicodeScript script(String language) {
        return scripts.getOrDefault(language, UnicodeScript.COMMON);
    }

    /** The languages of the collection's passages, the most common first. */
    public List<String> languages() {
        return languages;
    }

    public Passage passage(int number) {
        return passages.get(number);
    }

    /**
     * The passage just before ({@code step} -1) or just after ({@code step} +1) passage {@code p} in its document:
     * the next one in the index when it is of the same document and next to it there; -1 at a document's ends.
     */
    public int adjacentPassage(int p, int step) {
        int q = p + step;
        if (q < 0 || q >= passages.size()) {
            return -1;
        }
        Passage own = passages.get(p);
        Passage other = passages.get(q);
        return other.documentId().equals(own.documentId()) && Math.abs(other.index() - own.index()) == 1 ? q : -1;
    }

    public long passageCount(String documentId) {
        return passageCounts.getOrDefault(documentId, 0L);
    }

    /** Dense search over the passage vectors; empty until every passage has its vector ({@link PassageVectors}). */
    public Optional<VectorSearch> vectorSearch() {
        return passageVectors.search();
    }

    /** Unit vector of passage {@code p} (embedded now if it was left for later). */
    public float[] passageVector(int p) {
        return passageVectors.get(p);
    }

    /** The passage vectors, to embed those a question will read in one call, or all of them in the background. */
    public PassageVectors passageVectors() {
        return passageVectors;
    }

    /**
     * The analysed terms of sentence {@code s} of passage {@code p}, worked out on first use and kept: answering
     * reads the same sentences again and again, and analysing them was the largest cost after the embedding.
     * (Racing threads may both compute a set; either result is the same immutable set.)
     */
    public Set<String> sentenceTerms(int p, int s) {
        Set<String>[] forPassage = sentenceTerms[p];
        if (forPassage == null) {
            @SuppressWarnings("unchecked")
            Set<String>[] fresh = new Set[passages.get(p).sentences().size()];
            sentenceTerms[p] = fresh;
            forPassage = fresh;
        }
        Set<String> terms = forPassage[s];
        if (terms == null) {
            terms = Set.copyOf(bm25.terms().of(sentenceText(p, s), passageLanguages.get(p)));
            forPassage[s] = terms;
        }
        return terms;
    }

    /** The text of sentence {@code s} of passage {@code p}, as its document has it. */
    public String sentenceText(int p, int s) {
        Passage passage = passages.get(p);
        return passage.sentences().get(s).of(documents.get(passage.documentId()).text());
    }

    /** Unit vector of sentence {@code s} of passage {@code p} (embedded now if it was left for later). */
    public float[] sentenceVector(int p, int s) {
        return sentenceVectors.get(p, s);
    }

    /** The sentence vectors, to embed those a question will read in one call, or all of them in the background. */
    public SentenceVectors sentenceVectors() {
        return sentenceVectors;
    }

    /** Each document with the key and the vectors it was indexed with, in index order. */
    public List<IndexedDocument> indexedDocuments() {
        return sentenceVectors.documents();
    }

    public Bm25Index bm25() {
        return bm25;
    }

    public List<IngestFailure> failures() {
        return failures;
    }

    public IndexStats stats() {
        return stats;
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }
}
