package dev.citebot.widget;

import dev.citebot.collections.Collections;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions offered before the first one. Configured ones win; otherwise they are drawn from the
 * documents: the people and organisations they name most often, each asked about and kept only when
 * Citebot really answers it, so a starter question never ends in a refusal. Each collection draws its own from
 * its own documents; configured ones are the default collection's (the seeds folder's).
 */
final class StarterQuestions {
    // A name after a title ("President Mohamed Bazoum", "president, Assimi Goita"): a person.
    private static final Pattern PERSON = Pattern.compile(
            "\\b(?:President|president|Minister|minister|leader|Chancellor|King|Queen|General|Dr\\.|Mr\\.|Ms\\.)"
                    + ",? ((?:[A-Z][\\p{L}'’-]+ ){0,2}[A-Z][\\p{L}'’-]+)");
    // An acronym of three or more capitals ("ECOWAS"): usually an organisation.
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{3,}\\b");

    private static final int MAX_TRIES_PER_QUESTION = 5;

    private final List<String> configured;
    private final int count;
    private final Map<String, Drawn> drawn = new ConcurrentHashMap<>();

    StarterQuestions(List<String> configured, int count) {
        this.configured = List.copyOf(configured);
        this.count = count;
    }

    /**
     * The starter questions for the collection's index now loaded; computed once per index, since asking takes
     * time.
     */
    List<String> current(Pipeline pipeline, String collection) {
        if (!configured.isEmpty() && Collections.DEFAULT.equals(collection)) {
            return configured.subList(0, Math.min(count, configured.size()));
        }
        if (!pipeline.isReady(collection)) {
            return List.of(); // the widget still greets while the documents are being indexed
        }
        KnowledgeIndex index = pipeline.current(collection);
        Drawn known = drawn.get(collection);
        if (known != null && known.index().get() == index) {
            return known.questions();
        }
        List<String> questions = answerable(pipeline, collection, candidates(index.documents()));
        drawn.put(collection, new Drawn(new WeakReference<>(index), questions));
        return questions;
    }

    private List<String> answerable(Pipeline pipeline, String collection, List<String> candidates) {
        List<String> kept = new ArrayList<>();
        // Bounded: a large library names hundreds of people, and this runs inside a request.
        int tries = Math.min(candidates.size(), count * MAX_TRIES_PER_QUESTION);
        for (int i = 0; i < tries && kept.size() < count; i++) {
            if (pipeline.ask(Question.of(candidates.get(i)).in(collection)).answerable()) {
                kept.add(candidates.get(i));
            }
        }
        return List.copyOf(kept);
    }

    /** Candidate questions, the most often named first. */
    static List<String> candidates(List<SourceDocument> documents) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (SourceDocument doc : documents) {
            count(PERSON.matcher(doc.text()), 1, "Who is %s?", mentions);
            count(ACRONYM.matcher(doc.text()), 0, "What is %s?", mentions);
        }
        return mentions.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void count(Matcher m, int group, String template, Map<String, Integer> mentions) {
        while (m.find()) {
            mentions.merge(template.formatted(m.group(group)), 1, Integer::sum);
        }
    }

    /** The index they were drawn from, weakly: a deleted collection's or a replaced index is not kept alive here. */
    private record Drawn(WeakReference<KnowledgeIndex> index, List<String> questions) {
    }
}
