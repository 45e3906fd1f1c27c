package dev.citebot.eval;

import dev.citebot.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BEIR layout: {@code queries.jsonl}, {@code qrels/test.tsv}; scores nDCG@10 and Recall@10/100 by document. */
public final class BeirEvaluation {
    static final int DEPTH = 100;

    private BeirEvaluation() {
    }

    public static BeirReport run(String mode, Responder responder, Map<String, String> queries,
                                 Map<String, Map<String, Integer>> qrels, long ingestMs) {
        double ndcg = 0;
        double r10 = 0;
        double r100 = 0;
        List<Long> times = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> q : qrels.entrySet()) {
            long started = System.nanoTime();
            List<String> ranked = responder.rankDocuments(queries.get(q.getKey()), DEPTH * 3);
            times.add((System.nanoTime() - started) / 1_000_000);
            ndcg += Metrics.ndcgAt(ranked, q.getValue(), 10);
            r10 += Metrics.recallAt(ranked, q.getValue(), 10);
            r100 += Metrics.recallAt(ranked, q.getValue(), DEPTH);
        }
        int n = qrels.size();
        return new BeirReport(mode, n, round(ndcg / n), round(r10 / n), round(r100 / n),
                Metrics.percentile(times, 50), ingestMs);
    }

    public static Map<String, String> readQueries(Path file) throws IOException {
        ObjectMapper mapper = Json.plain();
        Map<String, String> queries = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = mapper.readTree(line);
                queries.put(node.get("_id").asText(), node.get("text").asText());
            }
        }
        return queries;
    }

    /** query id -> (document id -> grade), from a tab-separated file with a header line. */
    public static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
            }
        }
        return qrels;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
