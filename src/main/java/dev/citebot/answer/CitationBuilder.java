package dev.citebot.answer;

import dev.citebot.chunk.LeadIn;
import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.SourceDocument;

/** Makes citations: the cited sentence with its neighbours (a sentence window), within its document. */
final class CitationBuilder {
    static final int MAX_WINDOW = 700;

    private CitationBuilder() {
    }

    /**
     * A sentence that only leads into what follows ("... by the following:", a short label of a list or table) is
     * quoted together with the next sentence, where the command, value or item it announces stands.
     */
    static Citation forSentence(int n, KnowledgeIndex index, int passageNumber, int sentence, double score) {
        Passage passage = index.passage(passageNumber);
        SourceDocument doc = index.document(passage.documentId()).orElseThrow();
        Span quote = passage.sentences().get(sentence);
        Span before = neighbour(index, passageNumber, sentence, -1);
        Span after = neighbour(index, passageNumber, sentence, +1);
        if (after != null && LeadIn.announcesNext(quote.of(doc.text()), after.of(doc.text()))) {
            quote = new Span(quote.start(), after.end());
            after = sentence + 2 < passage.sentences().size() ? passage.sentences().get(sentence + 2) : null;
        }
        int start = before == null ? quote.start() : before.start();
        int end = after == null ? quote.end() : after.end();
        if (end - start > MAX_WINDOW) {
            start = quote.start();
            end = quote.end();
        }
        return new Citation(n, doc.id(), doc.path(), doc.title(), doc.text().substring(start, end), start, end,
                quote.of(doc.text()), quote.start(), quote.end(), passage.index(), round(score));
    }

    /** A whole passage, for the closest matches of a declined question. */
    static Citation forPassage(int n, KnowledgeIndex index, int passageNumber, double score) {
        Passage passage = index.passage(passageNumber);
        SourceDocument doc = index.document(passage.documentId()).orElseThrow();
        return new Citation(n, doc.id(), doc.path(), doc.title(), passage.text(), passage.start(), passage.end(),
                passage.text(), passage.start(), passage.end(), passage.index(), round(score));
    }

    private static Span neighbour(KnowledgeIndex index, int passageNumber, int sentence, int step) {
        Passage passage = index.passage(passageNumber);
        int s = sentence + step;
        if (s >= 0 && s < passage.sentences().size()) {
            return passage.sentences().get(s);
        }
        int other = passageNumber + step;
        if (other < 0 || other >= index.passages().size()) {
            return null;
        }
        Passage next = index.passage(other);
        if (!next.documentId().equals(passage.documentId()) || next.sentences().isEmpty()) {
            return null;
        }
        Span candidate = step < 0 ? next.sentences().get(next.sentences().size() - 1) : next.sentences().get(0);
        Span own = passage.sentences().get(sentence);
        boolean adjacent = step < 0 ? candidate.end() <= own.start() : candidate.start() >= own.end();
        return adjacent ? candidate : null;
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
