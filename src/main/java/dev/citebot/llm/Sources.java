package dev.citebot.llm;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The retrieved passages given to the model, numbered as the model must cite them, and written into the prompt
 * as untrusted data: inside delimiters, with angle brackets replaced so that no passage can close its block
 * early, and without its sentences that give orders to an assistant.
 */
final class Sources {
    static final String BEGIN = "<<<BEGIN UNTRUSTED DOCUMENTS>>>";
    static final String END = "<<<END UNTRUSTED DOCUMENTS>>>";
    /** Sentences written to steer a model; they are data, so they are neither shown to it nor accepted as support. */
    private static final Pattern ORDERS = Pattern.compile("(?i)\\b(ignore|disregard|forget|override)\\b.{0,60}?"
            + "\\b(instructions?|prompts?|rules|directions|guidelines)\\b|\\bsystem prompt\\b|\\byou are now\\b"
            + "|\\bnew instructions\\b|\\b(as an|dear) (ai|assistant|language model)\\b");

    private final List<Source> sources;

    private Sources(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    static Sources of(List<Passage> passages, Function<String, Optional<SourceDocument>> documents) {
        List<Source> numbered = new ArrayList<>();
        for (Passage p : passages) {
            Optional<SourceDocument> doc = documents.apply(p.documentId());
            List<Span> usable = new ArrayList<>();
            for (Span s : p.sentences()) {
                if (!ORDERS.matcher(p.text().substring(s.start() - p.start(), s.end() - p.start())).find()) {
                    usable.add(s);
                }
            }
            numbered.add(new Source(numbered.size() + 1, p, doc.map(SourceDocument::path).orElse(p.documentId()),
                    doc.map(SourceDocument::title).orElse(p.documentId()), usable));
        }
        return new Sources(numbered);
    }

    List<Source> all() {
        return sources;
    }

    int size() {
        return sources.size();
    }

    /** Passage {@code n} as cited by the model, from 1. */
    Source get(int n) {
        return sources.get(n - 1);
    }

    /** The {@code {passages}} of the answer prompt. */
    String prompt() {
        StringBuilder text = new StringBuilder(BEGIN).append('\n');
        for (Source s : sources) {
            text.append("<passage n=\"").append(s.n()).append("\" title=\"").append(inert(s.title()).replace('"', '\''))
                    .append("\">\n").append(inert(s.usableText())).append("\n</passage>\n");
        }
        return text.append(END).toString();
    }

    private static String inert(String text) {
        return text.replace('<', '‹').replace('>', '›');
    }
}
