package dev.citebot.text;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.NgramFrequencyData;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The n-gram table of the language detector, held sparsely. Optimaize keeps, for each of its 114,316 n-grams, a
 * {@code double[]} with one probability per language (70), of which 97 % are zero: about 66 MB of heap, as much as
 * the vectors of 40,000 passages. This map keeps only the non-zero probabilities (with their languages) and hands the
 * detector, for each n-gram it looks up, a full array with the same values, so every detection is the one the stock
 * table gives, to the last bit. The detector reads the table through {@link Map#get} only. The n-grams of many
 * languages keep their full array as well (5,633 n-grams in at least {@value #KEPT_WHOLE} languages: 3 MB): they
 * are most of the look-ups (97 % of SQuAD's and XQuAD German's), which then allocate nothing, as with the stock
 * table.
 */
final class SparseNgramMap extends AbstractMap<String, double[]> {
    /** An n-gram in at least this many languages keeps its full array. */
    static final int KEPT_WHOLE = 8;
    private static final Logger LOG = LoggerFactory.getLogger(SparseNgramMap.class);
    private final int languages;
    private final Map<String, Row> rows;

    /**
     * The non-zero probabilities of one n-gram, {@code probabilities[i]} that of language {@code languages[i]}; or
     * (then the other two are null) the full array of an n-gram of many languages.
     */
    private record Row(byte[] languages, double[] probabilities, double[] whole) {
    }

    SparseNgramMap(Map<String, double[]> dense, int languages) {
        if (languages > 127) {
            throw new IllegalArgumentException(languages + " languages: a byte numbers at most 127");
        }
        this.languages = languages;
        this.rows = new HashMap<>(dense.size() * 4 / 3 + 1);
        for (Map.Entry<String, double[]> e : dense.entrySet()) {
            double[] probabilities = e.getValue();
            int nonZero = 0;
            for (double p : probabilities) {
                nonZero += p != 0 ? 1 : 0;
            }
            if (nonZero >= KEPT_WHOLE) {
                rows.put(e.getKey(), new Row(null, null, probabilities));
                continue;
            }
            byte[] which = new byte[nonZero];
            double[] values = new double[nonZero];
            for (int l = 0, i = 0; l < probabilities.length; l++) {
                if (probabilities[l] != 0) {
                    which[i] = (byte) l;
                    values[i++] = probabilities[l];
                }
            }
            rows.put(e.getKey(), new Row(which, values, null));
        }
    }

    /**
     * The detector with its n-gram table replaced by a sparse one holding the same values. The table is a private
     * field of a library that has not changed since 2016 (pinned in the pom); if it cannot be reached, the detector
     * is returned as it is (the dense table: more heap, the same detections).
     */
    static LanguageDetector compact(LanguageDetector detector) {
        try {
            Table table = table(detector);
            table.field().set(table.data(), new SparseNgramMap(table.map(), table.data().getLanguageList().size()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Language detector's n-gram table kept dense (about 55 MB more heap, the same detections): {}",
                    e.toString());
        }
        return detector;
    }

    /** Whether the detector's table is a sparse one (for tests: the fallback keeps the dense one). */
    static boolean isCompact(LanguageDetector detector) {
        try {
            return table(detector).map() instanceof SparseNgramMap;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The detector's n-gram data, the field holding its table, and the table. */
    private record Table(NgramFrequencyData data, Field field, Map<String, double[]> map) {
    }

    @SuppressWarnings("unchecked")
    private static Table table(LanguageDetector detector) throws ReflectiveOperationException {
        Field dataField = detector.getClass().getDeclaredField("ngramFrequencyData");
        dataField.setAccessible(true);
        NgramFrequencyData data = (NgramFrequencyData) dataField.get(detector);
        Field mapField = NgramFrequencyData.class.getDeclaredField("wordLangProbMap");
        mapField.setAccessible(true);
        return new Table(data, mapField, (Map<String, double[]>) mapField.get(data));
    }

    /**
     * The n-gram's probability in each language, or null if unknown. As with the stock table, the array may be the
     * table's own: read it, do not change it.
     */
    @Override
    public double[] get(Object ngram) {
        Row row = rows.get(ngram);
        return row == null ? null : dense(row);
    }

    @Override
    public boolean containsKey(Object ngram) {
        return rows.containsKey(ngram);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public Set<Entry<String, double[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, double[]>> iterator() {
                Iterator<Entry<String, Row>> i = rows.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return i.hasNext();
                    }

                    @Override
                    public Entry<String, double[]> next() {
                        Entry<String, Row> e = i.next();
                        return new SimpleImmutableEntry<>(e.getKey(), dense(e.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    private double[] dense(Row row) {
        if (row.whole != null) {
            return row.whole;
        }
        double[] probabilities = new double[languages];
        for (int i = 0; i < row.languages.length; i++) {
            probabilities[row.languages[i]] = row.probabilities[i];
        }
        return probabilities;
    }
}
