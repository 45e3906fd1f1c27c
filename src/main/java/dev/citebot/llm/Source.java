package dev.citebot.llm;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import java.util.List;

/**
 * A passage as the model sees it: numbered from 1, with the document it comes from. {@code usable} are its
 * sentences that may be shown to the model and may support a reply; sentences that address an assistant
 * ("ignore all previous instructions ...") are left out of both.
 */
record Source(int n, Passage passage, String path, String title, List<Span> usable) {
    Source {
        usable = List.copyOf(usable);
    }

    /** A sentence of the passage by its span in the document. */
    String sentence(Span span) {
        return passage.text().substring(span.start() - passage.start(), span.end() - passage.start());
    }

    String usableText() {
        StringBuilder text = new StringBuilder();
        for (Span s : usable) {
            text.append(text.length() == 0 ? "" : " ").append(sentence(s).replaceAll("\\s+", " "));
        }
        return text.toString();
    }
}
