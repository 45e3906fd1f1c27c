package dev.citebot.eval;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.index.Bm25Index;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Lucene BM25 alone over Citebot's own passages (sentences split by each document's languages); the first passage
 * is the answer and it never declines. Its analysis is Citebot's English one, or with {@code standard} Lucene's
 * {@link StandardAnalyzer} (words and lower case, no stemming, no stop words), the same for every language.
 */
final class Bm25Peer implements Responder {
    private final Terms terms = new Terms();
    private final Analyzer analyzer;
    private final List<Passage> passages = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final Bm25Index index;

    Bm25Peer(IngestResult ingested, PassageSplitter splitter, boolean standard) {
        this.analyzer = standard ? new StandardAnalyzer(CharArraySet.EMPTY_SET) : terms.analyzer();
        for (SourceDocument d : ingested.documents()) {
            for (Passage p : splitter.split(d.id(), d.text(), LanguageMap.of(d.text(), terms.languages()))) {
                passages.add(p);
                paths.add(d.path());
            }
        }
        index = new Bm25Index(terms, analyzer, passages.stream().map(Passage::text).toList());
    }

    private List<Bm25Index.Hit> search(String text, int k) {
        return index.search(new ArrayList<>(new LinkedHashSet<>(
                Terms.tokens(analyzer, text).stream().map(Terms.Token::term).toList())), k);
    }

    @Override
    public Response respond(String question) {
        List<String> ranked = search(question, 10).stream().map(h -> passages.get(h.passage()).text()).toList();
        return new Response(ranked.isEmpty() ? "" : ranked.get(0), false, ranked);
    }

    @Override
    public List<String> rankDocuments(String query, int depth) {
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        search(query, depth).forEach(h -> docs.add(DocIds.fromPath(paths.get(h.passage()))));
        return new ArrayList<>(docs);
    }

    @Override
    public double meanPassageLength() {
        return passages.stream().mapToInt(p -> p.text().length()).average().orElse(0);
    }
}
