package dev.citebot.jmh;

import dev.citebot.answer.SentenceRanker;
import dev.citebot.config.RankingWeights;
import dev.citebot.embed.Embedder;
import dev.citebot.embed.Vectors;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.retrieve.Query;
import dev.citebot.retrieve.ScoredPassage;
import dev.citebot.support.Citebots;
import dev.citebot.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Ranking every sentence of the seed's passages for one question (the answer step, without embedding). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SentenceScoringBenchmark {
    KnowledgeIndex index;
    SentenceRanker ranker;
    Query query;
    List<ScoredPassage> passages;

    @Setup
    public void setUp() {
        index = Citebots.pipeline(Citebots.SEEDS, Map.of()).current();
        Terms terms = new Terms();
        ranker = new SentenceRanker(new RankingWeights(0.48, 0.16, 0.16, 0.12, 0.08, 0));
        String question = "When was President Bazoum ousted?";
        float[] vector = new Embedder("all-minilm-l6-v2", "batched", 8, 0, 1).embedQuery(question);
        query = new Query(question, vector, terms.of(question));
        passages = new ArrayList<>();
        for (int p = 0; p < index.passages().size(); p++) {
            passages.add(new ScoredPassage(p, 0, Vectors.dot(vector, index.passageVector(p)), 1));
        }
    }

    @Benchmark
    public Object rankAllSentences() {
        return ranker.rank(index, query, passages);
    }
}
