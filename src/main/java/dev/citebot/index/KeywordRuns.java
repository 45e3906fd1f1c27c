package dev.citebot.index;

import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a build's documents into runs for the keyword index, one {@link Bm25Index.Segment} each. A run of the
 * last build whose documents are all still there, unchanged and in the same order, is reused as it is; the new
 * and changed documents, with the rest of a run they break, are analysed into new runs of up to {@link #RUN_PASSAGES} passages. So adding,
 * replacing or deleting one document analyses at most its own passages and those of one run, and
 * the scores are those of an index built from scratch (see {@link Bm25Index#of}).
 */
final class KeywordRuns {
    /**
     * Passages of one new run: few enough that a document added among them redoes little (a fraction of a second
     * of analysis); in a large index, runs are longer so that a search visits at most {@link #MAX_RUNS} of them
     * (and {@link #EXTRA_RUNS} more).
     */
    static final int RUN_PASSAGES = 1_000;
    static final int MAX_RUNS = 32;

    /**
     * Runs allowed beyond those a build from scratch makes: documents uploaded one at a time each leave a small run
     * behind, and past this many extra runs (each costs every search a little) the build cuts them all afresh.
     */
    static final int EXTRA_RUNS = 16;

    private final Map<VectorReuse.Part, Bm25Index.Segment> startingWith = new IdentityHashMap<>();

    /** @param previous the runs of the last build (empty for a first build) */
    private KeywordRuns(List<Bm25Index.Segment> previous) {
        previous.stream().filter(s -> !s.parts.isEmpty()).forEach(s -> startingWith.put(s.parts.get(0), s));
    }

    /** The keyword index of these parts, in order, reusing what it can of {@code previous}. */
    static Bm25Index index(Terms terms, List<VectorReuse.Part> parts, List<Bm25Index.Segment> previous) {
        int passages = parts.stream().mapToInt(p -> p.passages.size()).sum();
        return index(terms, parts, previous, Math.max(RUN_PASSAGES, passages / MAX_RUNS));
    }

    /** @param runPassages passages of a new run (at least; a document is never cut) */
    static Bm25Index index(Terms terms, List<VectorReuse.Part> parts, List<Bm25Index.Segment> previous,
                           int runPassages) {
        KeywordRuns runs = new KeywordRuns(previous);
        List<Bm25Index.Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            Bm25Index.Segment kept = runs.reusableAt(parts, i);
            if (kept != null) {
                segments.add(kept);
                i += kept.parts.size();
                continue;
            }
            int end = i;
            int passages = 0;
            do {
                passages += parts.get(end++).passages.size();
            } while (end < parts.size() && passages < runPassages && runs.reusableAt(parts, end) == null);
            segments.add(analysed(terms, parts.subList(i, end)));
            i = end;
        }
        int passages = parts.stream().mapToInt(p -> p.passages.size()).sum();
        if (!previous.isEmpty() && segments.size() > passages / runPassages + EXTRA_RUNS) {
            return index(terms, parts, List.of(), runPassages);
        }
        return Bm25Index.of(terms, segments);
    }

    /** The earlier run that holds exactly the parts from {@code at} on, or null. */
    private Bm25Index.Segment reusableAt(List<VectorReuse.Part> parts, int at) {
        Bm25Index.Segment segment = startingWith.get(parts.get(at));
        if (segment == null || at + segment.parts.size() > parts.size()) {
            return null;
        }
        for (int k = 0; k < segment.parts.size(); k++) {
            if (segment.parts.get(k) != parts.get(at + k)) {
                return null;
            }
        }
        return segment;
    }

    private static Bm25Index.Segment analysed(Terms terms, List<VectorReuse.Part> run) {
        List<String> texts = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (VectorReuse.Part part : run) {
            for (int p = 0; p < part.passages.size(); p++) {
                texts.add(part.indexedText(p));
                languages.add(part.passageLanguage(p));
            }
        }
        return Bm25Index.Segment.of(terms, terms.keywordAnalyzer(), texts, languages, run);
    }
}
