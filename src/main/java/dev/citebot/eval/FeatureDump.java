package dev.citebot.eval;

import dev.citebot.http.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.AboutDocument;
import dev.citebot.answer.AnswerLanguage;
import dev.citebot.answer.CandidateSentence;
import dev.citebot.answer.Courtesy;
import dev.citebot.answer.KeyTerms;
import dev.citebot.answer.NoAnswerModel;
import dev.citebot.answer.SentenceRanker;
import dev.citebot.chunk.Passage;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.chunk.Span;
import dev.citebot.config.CitebotConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.Vectors;
import dev.citebot.index.Indexer;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.TextExtractor;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.Retriever;
import dev.citebot.retrieve.ScoredPassage;
import dev.citebot.text.Terms;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes, for each dev question, the evidence the answer composer weighs (retrieved passages and the features
 * of each of their sentences), so that weights and thresholds can be tuned offline on dev data
 * ({@code src/bench/tune_answers.py}). Development tool: {@code eval ... --dump features.jsonl}.
 */
final class FeatureDump {
    static final int DEPTH = 10;
    /** Best-ranked sentences written per question, with their combined scores. */
    static final int TOP_SENTENCES = 15;

    private FeatureDump() {
    }

    static void write(CitebotConfig config, List<EvalQuestion> questions, Path out) throws IOException {
        Terms terms = new Terms();
        Embedder embedder = Embedder.configured(config);
        KnowledgeIndex index = new Indexer(new PassageSplitter(config.chunking()), embedder, terms,
                Indexer.Options.eager(config.index().contextHeaders(), config.index().sentenceVectors()),
                PipelineFactory.vectorCache(config))
                .build(new DocumentLoader(TextExtractor.configured(config.ingest()), config.ingest().maxFileBytes())
                        .load(config.seedsDir()));
        Retriever retriever = new Retriever(config.retrieval(), embedder, terms);
        KeyTerms keyTerms = new KeyTerms(terms);
        SentenceRanker ranker = new SentenceRanker(config.answer().weights());
        ObjectMapper mapper = Json.plain();
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (EvalQuestion q : questions) {
                String own = Courtesy.strip(q.question());
                Query query = retriever.query(own);
                List<ScoredPassage> hits = retriever.retrieve(index, query, DEPTH);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", q.id());
                row.put("impossible", q.isImpossible());
                row.put("answers", q.answers());
                double coverage = keyTerms.coverage(query.terms(), index.bm25());
                row.put("coverage", coverage);
                row.put("about_document", AboutDocument.asks(own) != AboutDocument.Asks.NOTHING);
                row.put("missing", keyTerms.unmentioned(own, index, query.language(), AnswerLanguage.ENGLISH));
                row.put("qterms", query.terms().size());
                Map<String, Double> idf = new LinkedHashMap<>();
                query.terms().forEach(t -> idf.put(t, index.bm25().idf(t)));
                row.put("idf", idf);
                row.put("maxidf", Math.log(1 + (index.passages().size() + 0.5) / 0.5));
                row.put("keyterms", keyTerms.keyTermStems(own));
                List<Map<String, Object>> passages = new ArrayList<>();
                for (ScoredPassage hit : hits) {
                    passages.add(passage(index, terms, query, hit));
                }
                row.put("passages", passages);
                List<CandidateSentence> ranked = ranker.rank(index, query, hits);
                List<Map<String, Object>> top = new ArrayList<>();
                for (CandidateSentence c : ranked.subList(0, Math.min(TOP_SENTENCES, ranked.size()))) {
                    top.add(Map.of("passage_rank", c.passageRank(), "sentence", c.sentence(), "score", c.score(),
                            "text", index.sentenceText(c.passage(), c.sentence())));
                }
                row.put("ranked", top);
                if (!ranked.isEmpty()) {
                    row.put("best_score", ranked.get(0).score());
                    row.put("noanswer", NoAnswerModel.features(index, own, query, ranked.get(0), coverage));
                }
                w.write(mapper.writeValueAsString(row));
                w.newLine();
            }
        }
    }

    private static Map<String, Object> passage(KnowledgeIndex index, Terms terms, Query query, ScoredPassage hit) {
        Passage p = index.passage(hit.passage());
        String docText = index.document(p.documentId()).orElseThrow().text();
        double totalIdf = query.terms().stream().mapToDouble(t -> index.bm25().idf(t)).sum();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fused", hit.score());
        m.put("dense", hit.dense());
        m.put("bm25", hit.bm25());
        m.put("text", p.text());
        Set<String> inPassage = new HashSet<>(terms.of(p.text()));
        m.put("present", query.terms().stream().filter(inPassage::contains).toList());
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (int s = 0; s < p.sentences().size(); s++) {
            Span span = p.sentences().get(s);
            String text = span.of(docText);
            Set<String> present = new HashSet<>(terms.of(text));
            double covered = 0;
            int matched = 0;
            for (String t : new LinkedHashSet<>(query.terms())) {
                if (present.contains(t)) {
                    covered += index.bm25().idf(t);
                    matched++;
                }
            }
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("text", text);
            sm.put("dense", Vectors.dot(query.vector(), index.sentenceVector(hit.passage(), s)));
            sm.put("lexical", totalIdf == 0 ? 0 : covered / totalIdf);
            sm.put("matched", matched);
            sm.put("present", query.terms().stream().filter(present::contains).toList());
            sentences.add(sm);
        }
        m.put("sentences", sentences);
        return m;
    }
}
