package dev.citebot.index;

import dev.citebot.text.Languages;
import dev.citebot.text.Terms;
import dev.citebot.text.TextMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/** Lucene BM25 over the passages (each by its language's analysis), in memory; also answers "how rare is this term". */
public final class Bm25Index {
    private static final String ID = "pid";
    /** How many terms' statistics are kept; past this the memory starts again (questions repeat few terms). */
    private static final int TERMS_KEPT = 10_000;

    private final Terms terms;
    private final IndexReader reader;
    private final List<Segment> segments;
    /** For each leaf of {@link #reader}, the number of the first passage of its segment. */
    private final int[] leafBase;
    private final IndexSearcher searcher;
    /** Whether names of code are indexed in their parts as well ({@link Terms#keywordAnalyzer()}). */
    private final boolean identifierParts;
    /** Whether a term missing from the index has a near spelling in it; the index never changes, so it holds. */
    private final TextMemo<Boolean> nearSpellings = new TextMemo<>(TERMS_KEPT, this::hasNearSpelling);
    /**
     * How many passages hold a term, as asked: a question's terms are weighed by several stages (ranking, coverage,
     * the refusal model), each asking Lucene's term dictionary again otherwise.
     */
    private final TextMemo<Integer> passageCounts = new TextMemo<>(TERMS_KEPT, this::docFreq);

    /** A passage number and its BM25 score. */
    public record Hit(int passage, float score) {
    }

    /** English passages. */
    public Bm25Index(Terms terms, List<String> passageTexts) {
        this(terms, passageTexts, Collections.nCopies(passageTexts.size(), Languages.ENGLISH));
    }

    /** Passages, each analysed by its language's analysis, all in one field (see {@link Terms}). */
    public Bm25Index(Terms terms, List<String> passageTexts, List<String> passageLanguages) {
        this(List.of(Segment.of(terms, terms.keywordAnalyzer(), passageTexts, passageLanguages, List.of())), terms,
                true);
    }

    /** Passages all analysed by one analyzer (for comparing analyses); search with terms that analyzer makes. */
    public Bm25Index(Terms terms, Analyzer analyzer, List<String> passageTexts) {
        this(terms, analyzer, passageTexts, Collections.nCopies(passageTexts.size(), Languages.ENGLISH));
    }

    private Bm25Index(Terms terms, Analyzer english, List<String> passageTexts, List<String> passageLanguages) {
        this(List.of(Segment.of(terms, english, passageTexts, passageLanguages, List.of())), terms, false);
    }

    /**
     * The passages of a run of documents, numbered from 0, analysed into an index of their own. A build whose
     * documents of a run did not change reuses the run's segment instead of analysing its passages again.
     */
    static final class Segment {
        private final DirectoryReader reader;
        private final int passages;
        /** The documents it holds, in order: a later build reuses it for these very parts. */
        final List<VectorReuse.Part> parts;

        private Segment(DirectoryReader reader, int passages, List<VectorReuse.Part> parts) {
            this.reader = reader;
            this.passages = passages;
            this.parts = List.copyOf(parts);
        }

        static Segment of(Terms terms, Analyzer english, List<String> passageTexts, List<String> passageLanguages,
                          List<VectorReuse.Part> parts) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(english).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < passageTexts.size(); i++) {
                    Document doc = new Document();
                    doc.add(new NumericDocValuesField(ID, i));
                    String language = passageLanguages.get(i);
                    doc.add(Languages.readsAsEnglish(language)
                            ? new TextField(Terms.FIELD, passageTexts.get(i), Field.Store.NO)
                            : new TextField(Terms.FIELD, terms.analyzer(language).tokenStream(Terms.FIELD,
                                    passageTexts.get(i))));
                    writer.addDocument(doc);
                }
                writer.commit();
                return new Segment(DirectoryReader.open(directory), passageTexts.size(), parts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Segments read as one index, passages numbered on from one segment to the next. BM25's statistics (passage
     * count, lengths, document frequencies) are summed over all segments, and hits of equal score come in passage
     * order, so the scores and the ranking do not depend on where the segments are cut.
     */
    static Bm25Index of(Terms terms, List<Segment> segments) {
        return new Bm25Index(segments, terms, true);
    }

    /** @param identifierParts whether the segments were analysed by {@link Terms#keywordAnalyzer()} */
    private Bm25Index(List<Segment> segments, Terms terms, boolean identifierParts) {
        this.terms = terms;
        this.identifierParts = identifierParts;
        this.segments = List.copyOf(segments);
        try {
            this.reader = new MultiReader(segments.stream().map(s -> s.reader).toArray(IndexReader[]::new), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.leafBase = new int[reader.leaves().size()];
        int leaf = 0;
        int base = 0;
        for (Segment segment : segments) {
            for (int i = 0; i < segment.reader.leaves().size(); i++) {
                leafBase[leaf++] = base;
            }
            base += segment.passages;
        }
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
    }

    List<Segment> segments() {
        return segments;
    }

    public List<Hit> search(List<String> queryTerms, int k) {
        return search(queryTerms, Map.of(), k);
    }

    /**
     * As {@link #search(List, int)}, with more terms that count less: each of {@code added} weighs its value where a
     * question term weighs 1 (terms the question has already are not added twice).
     */
    public List<Hit> search(List<String> queryTerms, Map<String, Double> added, int k) {
        if (queryTerms.isEmpty() || reader.numDocs() == 0) {
            return List.of();
        }
        Set<String> searched = new LinkedHashSet<>(queryTerms);
        if (identifierParts) { // "os.EOL" asked for also finds a passage that names "the OS" and "EOL"
            queryTerms.forEach(t -> searched.addAll(terms.parts(t)));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : searched) {
            query.add(new TermQuery(new Term(Terms.FIELD, term)), BooleanClause.Occur.SHOULD);
        }
        added.forEach((term, weight) -> {
            if (!searched.contains(term) && weight > 0) {
                query.add(new BoostQuery(new TermQuery(new Term(Terms.FIELD, term)), weight.floatValue()),
                        BooleanClause.Occur.SHOULD);
            }
        });
        return run(query.build(), k);
    }

    private List<Hit> run(Query query, int k) {
        try {
            List<Hit> hits = new ArrayList<>();
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc sd : searcher.search(query, k).scoreDocs) {
                int leaf = ReaderUtil.subIndex(sd.doc, leaves);
                hits.add(new Hit(leafBase[leaf] + passageOf(leaves.get(leaf), sd.doc), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The passage a hit is, numbered within its segment: a doc value, read without decompressing stored fields
     * (which cost an answer more than BM25's scoring).
     */
    private static int passageOf(LeafReaderContext leaf, int doc) throws IOException {
        NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("passage " + doc + " has no number in the keyword index");
        }
        return (int) ids.longValue();
    }

    /** Number of passages that contain the (analysed) term. */
    public int passagesWith(String term) {
        return passageCounts.get(term);
    }

    private int docFreq(String term) {
        try {
            return reader.docFreq(new Term(Terms.FIELD, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when some passage contains the term or a near spelling of it (one edit for words of five to seven
     * letters, two for longer ones), so that a typo in a name still finds the name.
     */
    public boolean mentions(String term) {
        if (passagesWith(term) > 0) {
            return true;
        }
        return nearSpellingEdits(term) > 0 && nearSpellings.get(term);
    }

    /** How far a near spelling may be: one edit for words of five to seven letters, two for longer, none below. */
    private static int nearSpellingEdits(String term) {
        return term.length() >= 8 ? 2 : term.length() >= 5 ? 1 : 0;
    }

    /**
     * True when some passage holds a term that starts with {@code prefix} and is longer: an abbreviation's full
     * word ("repo" of "repositori", "env" of "environ").
     */
    public boolean startsLongerTerm(String prefix) {
        try {
            org.apache.lucene.index.Terms dictionary = MultiTerms.getTerms(reader, Terms.FIELD);
            if (dictionary == null) {
                return false;
            }
            TermsEnum all = dictionary.iterator();
            if (all.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                return false;
            }
            String found = all.term().utf8ToString();
            if (found.equals(prefix)) {
                BytesRef next = all.next();
                found = next == null ? "" : next.utf8ToString();
            }
            return found.startsWith(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Levenshtein automaton (Lucene's FuzzyQuery builds one per edit distance) run over the term dictionary. */
    private boolean hasNearSpelling(String term) {
        int edits = nearSpellingEdits(term);
        try {
            org.apache.lucene.index.Terms dictionary = MultiTerms.getTerms(reader, Terms.FIELD);
            return dictionary != null
                    && FuzzyQuery.getFuzzyAutomaton(term, edits, 1, true).getTermsEnum(dictionary).next() != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inverse document frequency of a term no passage contains: the largest {@link #idf} can be. */
    public double maxIdf() {
        return Math.log(1 + (reader.numDocs() + 0.5) / 0.5);
    }

    /** BM25's inverse document frequency of an analysed term; unseen terms get the highest value. */
    public double idf(String term) {
        int n = reader.numDocs();
        int df = passagesWith(term);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    public Terms terms() {
        return terms;
    }
}
