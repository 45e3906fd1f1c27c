package dev.citebot.eval;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import dev.citebot.chunk.Passage;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;

/** Citebot through the same pipeline the API uses. Passages it cited rank first, then those it read. */
final class CitebotResponder implements Responder {
    private final Pipeline pipeline;
    private final KnowledgeIndex index;
    private final Map<String, String> passageTexts = new HashMap<>();

    CitebotResponder(Pipeline pipeline, KnowledgeIndex index) {
        this.pipeline = pipeline;
        this.index = index;
        index.passages().forEach(p -> passageTexts.put(p.documentId() + "#" + p.index(), p.text()));
    }

    @Override
    public void close() {
        pipeline.close();
    }

    @Override
    public Response respond(String question) {
        Pipeline.Evidence evidence = pipeline.answerWithEvidence(Question.of(question));
        Answer answer = evidence.answer();
        LinkedHashSet<String> ranked = new LinkedHashSet<>();
        for (Citation c : answer.citations()) {
            ranked.add(passageText(c));
        }
        evidence.passages().forEach(p -> ranked.add(p.text()));
        return new Response(answer.answer(), !answer.answerable(), new ArrayList<>(ranked), evidence.declinedBy());
    }

    private String passageText(Citation c) {
        return passageTexts.getOrDefault(c.documentId() + "#" + c.passageIndex(), c.text());
    }

    @Override
    public List<String> rankDocuments(String query, int depth) {
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        for (Passage p : pipeline.retrievePassages(query, depth)) {
            docs.add(DocIds.fromPath(index.document(p.documentId()).orElseThrow().path()));
        }
        return new ArrayList<>(docs);
    }

    @Override
    public double meanPassageLength() {
        return index.passages().stream().mapToInt(p -> p.text().length()).average().orElse(0);
    }
}
