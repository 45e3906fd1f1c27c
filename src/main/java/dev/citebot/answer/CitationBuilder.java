package dev.citebot.answer;

import dev.citebot.chunk.LeadIn;
import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.Definitions;
import dev.citebot.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/** Makes citations: the cited sentence with its neighbours (a sentence window), within its document. */
final class CitationBuilder {
    static final int MAX_WINDOW = 700;
    /** A lone answer sentence shorter than this is quoted with the sentence after it in its paragraph. */
    static final int SHORT_QUOTE = 200;
    /** A label is quoted with the sentence under it only when both together are at most this long. */
    static final int MAX_LABELLED = 400;
    /** How many sentences into its paragraph a sentence may stand and still be quoted with the paragraph's label. */
    static final int MAX_INTO_PARAGRAPH = 1;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    private CitationBuilder() {
    }

    /** How far the quote of a cited sentence reaches beyond the sentence itself. */
    enum Reach {
        /** The sentence (with the line it leads into, if it is a lead-in). */
        SENTENCE,
        /**
         * A further sentence of an answer: also the label its paragraph stands under, as a manual's list of options
         * or strategies says under each name what it does ("octopus" above "This is the default merge strategy
         * when pulling or merging more than one branch.").
         */
        LABELLED,
        /** The first sentence of an answer: also the label its paragraph stands under. */
        FIRST,
        /** The only sentence of an answer: also the label, and the next sentence of its paragraph if it is short. */
        ONLY,
        /**
         * The first sentence of an answer that matches the question's words but not the kind of thing it asks for,
         * when the next sentence of its paragraph holds it ("... no longer available to importers." and "For
         * example, require('pkg/subpath.js') throws an ERR_PACKAGE_PATH_NOT_EXPORTED error."): also that one.
         */
        WITH_NEXT,
        /**
         * The first sentence of an answer that only repeats what the user quoted (an error message the manual
         * shows, {@link Echo}): also the sentence after it, even past the end of its paragraph, as the manual's
         * explanation follows the message it shows.
         */
        PAST_ECHO
    }

    /**
     * A sentence that only leads into what follows ("... by the following:", a short label of a list or table) is
     * quoted together with the next sentence, where the command, value or item it announces stands.
     */
    static Citation forSentence(int n, KnowledgeIndex index, int passageNumber, int sentence, double score) {
        return forSentence(n, index, passageNumber, sentence, score, Reach.SENTENCE);
    }

    static Citation forSentence(int n, KnowledgeIndex index, int passageNumber, int sentence, double score,
                                Reach reach) {
        return forSentence(n, index, passageNumber, sentence, score, reach, next -> true);
    }

    /**
     * As {@link #forSentence(int, KnowledgeIndex, int, int, double)}, and further by {@code reach}. Every sentence of
     * an answer (not one with {@link Reach#SENTENCE}) is quoted from the label its paragraph stands under (a definition
     * list's term, an option above its description: "Recommends" above "Most users would want ..."), since the label is
     * often what was asked for. The only sentence of an answer, when short, is quoted with the sentence after it in its
     * paragraph: such a sentence often restates the question ("Do not use test as the name of a program.") and the next
     * one says why or how ("test is a shell builtin."); when other sentences came close, they are quoted instead.
     * A quote with no label above it that stands in the description of an HTML definition list's term is given that
     * term as its {@code section}, however deep in the description it stands.
     * {@code quotable} says which sentence of the passage (by its number) may be quoted as that next one.
     */
    static Citation forSentence(int n, KnowledgeIndex index, int passageNumber, int sentence, double score,
                                Reach reach, IntPredicate quotable) {
        Passage passage = index.passage(passageNumber);
        SourceDocument doc = index.document(passage.documentId()).orElseThrow();
        String text = doc.text();
        Span quote = passage.sentences().get(sentence);
        Span before = neighbour(index, passageNumber, sentence, -1);
        Span after = neighbour(index, passageNumber, sentence, +1);
        int last = sentence;
        if (after != null && LeadIn.announcesNext(quote.of(text), after.of(text))) {
            quote = new Span(quote.start(), after.end());
            after = following(index, passageNumber, sentence + 1);
            last = sentence + 1;
        }
        boolean nextInPassage = last + 1 < passage.sentences().size();
        boolean onlyNext = reach == Reach.ONLY && nextInPassage && quotable.test(last + 1)
                && quote.end() - quote.start() < SHORT_QUOTE;
        boolean withNext = (reach == Reach.WITH_NEXT || reach == Reach.PAST_ECHO) && after != null
                && after.end() - quote.start() <= MAX_LABELLED;
        if ((onlyNext || withNext) && after != null && (reach == Reach.PAST_ECHO
                || !BLANK_LINE.matcher(text.substring(quote.end(), after.start())).find())) {
            quote = new Span(quote.start(), after.end());
            after = null;
        }
        String section = "";
        if (reach != Reach.SENTENCE) {
            Passage wide = withPassageBefore(index, passageNumber);
            int inWide = sentence + wide.sentences().size() - passage.sentences().size();
            int label = firstOptionForm(wide, labelAbove(index, wide, inWide, text), text, quote.end());
            if (label >= 0 && quote.end() - wide.sentences().get(label).start() <= MAX_LABELLED) {
                quote = new Span(wide.sentences().get(label).start(), quote.end());
                before = label > 0 ? wide.sentences().get(label - 1) : null;
            } else {
                // The term of a definition list's entry the quote stands in the description of, however deep,
                // when the quote does not name it ("octopus" above "... This is the default merge strategy when
                // pulling or merging more than one branch."): the name is often what was asked for.
                section = Definitions.unnamedTerm(doc, quote.start(), quote.end(), quote.of(text));
                if (section.isEmpty()) {
                    section = codeSection(index.sectionAt(doc.id(), quote.start()), quote.of(text));
                }
                int term = section.isEmpty() ? termAbove(index, wide, inWide, text) : -1;
                if (term >= 0) {
                    section = codeSection(AnswerComposer.oneLine(wide.sentences().get(term).of(text)), quote.of(text));
                }
            }
        }
        int start = before == null ? quote.start() : before.start();
        int end = after == null ? quote.end() : after.end();
        if (end - start > MAX_WINDOW) {
            start = quote.start();
            end = quote.end();
        }
        return new Citation(n, doc.id(), doc.path(), doc.title(), text.substring(start, end), start, end,
                quote.of(text), quote.start(), quote.end(), passage.index(), round(score), section);
    }

    /**
     * Whether {@code later}'s quote starts right where {@code earlier}'s ends, in the same paragraph of the same
     * document (only spaces or a single line break between them); {@code text} is the document's text.
     */
    static boolean follows(String text, Citation earlier, Citation later) {
        if (!earlier.documentId().equals(later.documentId()) || later.quoteStart() < earlier.quoteEnd()) {
            return false;
        }
        String between = text.substring(earlier.quoteEnd(), later.quoteStart());
        return between.isBlank() && !BLANK_LINE.matcher(between).find();
    }

    /**
     * One citation of two whose quotes follow each other ({@link #follows}): the quote runs from the first to the
     * second, the window around it as far as both windows reach ({@link #MAX_WINDOW} at most, the quote alone past
     * it). It keeps {@code earlier}'s number, passage and section, and the better score.
     */
    static Citation joined(String text, Citation earlier, Citation later) {
        int start = Math.min(earlier.start(), later.start());
        int end = Math.max(earlier.end(), later.end());
        if (end - start > MAX_WINDOW) {
            start = earlier.quoteStart();
            end = later.quoteEnd();
        }
        return new Citation(earlier.n(), earlier.documentId(), earlier.path(), earlier.title(),
                text.substring(start, end), start, end, text.substring(earlier.quoteStart(), later.quoteEnd()),
                earlier.quoteStart(), later.quoteEnd(), earlier.passageIndex(), Math.max(earlier.score(), later.score()),
                earlier.section());
    }

    /**
     * An option ("-u", "--all"), a shell's dot-command (".save FILE") or backslash command ("\gset [ prefix ]") at
     * the start of a label.
     */
    private static final Pattern COMMAND_OR_OPTION = Pattern.compile("^\\s*(-{1,2}|\\.|\\\\)[A-Za-z]");

    /** A section heading longer than this is a sentence set as a heading, not the name of what the section is about. */
    static final int MAX_SECTION = 80;

    /**
     * The heading of the section a quote stands in (or the synopsis above its paragraph), when it names code
     * ({@link CodeNames}: "PRAGMA table_info", "fs.readFile(path[, options], callback)"; or it starts with an option
     * or a dot- or backslash command) and the quote names none of it: a reference manual gives each function, setting
     * or command a section of its own, and its sentences say "This pragma returns ..." or "Asynchronously reads ...",
     * so the name asked for stands only in the heading. A statement's closing semicolon is left out. "" otherwise,
     * and when the quote is itself a synopsis of code (a listing's line "zlib.createGzip([options])" under the
     * heading "zlib.createGunzip([options])"): it names its own code, not the section's.
     */
    static String codeSection(String heading, String quote) {
        if (LeadIn.isLabel(quote) && !CodeNames.names(quote).isEmpty()) {
            return "";
        }
        List<String> names = heading.length() > MAX_SECTION ? List.of() : CodeNames.names(heading);
        if (names.isEmpty() && heading.length() <= MAX_SECTION && COMMAND_OR_OPTION.matcher(heading).find()) {
            names = List.of(heading.strip().split("[\\s\\[=(]", 2)[0]);
        }
        String quoted = quote.toLowerCase(Locale.ROOT);
        if (names.isEmpty() || names.stream().anyMatch(n -> quoted.contains(n.toLowerCase(Locale.ROOT)))) {
            return "";
        }
        return heading.strip().replaceAll("\\s*;$", "");
    }

    /**
     * The label the sentence's paragraph stands under: the sentence just before the paragraph (within the passage
     * and the one before it, {@link #withPassageBefore}; at most {@link #MAX_INTO_PARAGRAPH} sentences back), when it
     * is a short label with no full stop of its own ({@link LeadIn#isLabel}) and not a heading (which names the whole
     * section, not this paragraph). -1 when there is none.
     */
    private static int labelAbove(KnowledgeIndex index, Passage passage, int sentence, String text) {
        int first = sentence;
        while (first > 0 && sentence - first < MAX_INTO_PARAGRAPH && !blankLineBetween(passage, first - 1, text)) {
            first--;
        }
        if (first == 0 || !blankLineBetween(passage, first - 1, text)) {
            return -1;
        }
        Span label = passage.sentences().get(first - 1);
        return LeadIn.isLabel(label.of(text)) && !index.isHeading(passage.documentId(), label.start(), label.end())
                ? first - 1 : -1;
    }

    /**
     * The label of a definition the sentence stands in, however deep into its paragraph: a reference page writes a
     * setting's or command's synopsis ("PRAGMA schema.table_info(table-name);") above a paragraph whose later
     * sentences ("Columns in the result set include: ...") no longer name it. That is the sentence just before the
     * paragraph, within the passage and the one before it ({@link #withPassageBefore}), when it is a label
     * ({@link LeadIn#isLabel}) or a synopsis on a line of its own (no full stop or colon at its end, no prompt before
     * it), and a heading, another label or nothing stands before it: after a lead-in ("... runs a query like the
     * following:") or a sentence of its own ("Compute the current date." above "SELECT date('now', ...);") the line
     * is an example of code, not the term the paragraph defines. -1 when there is none.
     */
    private static int termAbove(KnowledgeIndex index, Passage passage, int sentence, String text) {
        int first = sentence;
        while (first > 0 && !blankLineBetween(passage, first - 1, text)) {
            first--;
        }
        if (first == 0) {
            return -1;
        }
        Span label = passage.sentences().get(first - 1);
        String term = label.of(text).strip();
        boolean synopsis = term.length() <= MAX_SECTION && !term.contains("\n") && !PROMPT.matcher(term).find()
                && !endsWithAny(term, ".:?!");
        String previous = first > 1 ? passage.sentences().get(first - 2).of(text).strip() : "";
        boolean example = LeadIn.endsWithLeadIn(previous) || endsWithAny(previous, ".!?");
        boolean heading = index.isHeading(passage.documentId(), label.start(), label.end());
        return !example && !heading && (synopsis || LeadIn.isLabel(term)) ? first - 1 : -1;
    }

    /**
     * The passage with the sentences of the passage before it in its document put in front: a definition's term or
     * a paragraph's label often ends the passage before the one its description stands in.
     */
    private static Passage withPassageBefore(KnowledgeIndex index, int passageNumber) {
        Passage passage = index.passage(passageNumber);
        List<Span> sentences = new ArrayList<>(across(index, passageNumber, -1));
        if (sentences.isEmpty()) {
            return passage;
        }
        sentences.addAll(passage.sentences());
        return new Passage(passage.documentId(), passage.index(), sentences.get(0).start(), passage.end(), "",
                sentences);
    }

    /** A shell's or a program's prompt in front of a command: an example typed, not the name of a definition. */
    private static final Pattern PROMPT = Pattern.compile("^\\S*[>$#%]\\s");

    /**
     * The first of an option's forms when each stands in a paragraph of its own above the description ("-u",
     * "--include-untracked", "--no-include-untracked", as a manual page's definition list writes them): the label
     * then starts there, up to {@link LeadIn#MAX_SYNOPSIS_LINES} forms and {@link #MAX_LABELLED} characters with
     * the quote. {@code label} itself when it is no option or stands alone; -1 when there is none.
     */
    private static int firstOptionForm(Passage passage, int label, String text, int quoteEnd) {
        if (label < 0 || !isOption(passage.sentences().get(label).of(text))) {
            return label;
        }
        int first = label;
        while (first > 0 && label - first + 1 < LeadIn.MAX_SYNOPSIS_LINES && blankLineBetween(passage, first - 1, text)
                && isOption(passage.sentences().get(first - 1).of(text))
                && LeadIn.isLabel(passage.sentences().get(first - 1).of(text))
                && quoteEnd - passage.sentences().get(first - 1).start() <= MAX_LABELLED) {
            first--;
        }
        return first;
    }

    private static boolean isOption(String sentence) {
        return sentence.strip().startsWith("-");
    }

    private static boolean blankLineBetween(Passage passage, int sentence, String text) {
        return BLANK_LINE.matcher(text.substring(passage.sentences().get(sentence).end(),
                passage.sentences().get(sentence + 1).start())).find();
    }

    /**
     * The sentence after the last one of a passage: the first of the next passage, when that one continues the same
     * paragraph of the same document; null otherwise.
     */
    static String nextAcross(KnowledgeIndex index, int passageNumber, int sentence) {
        Passage passage = index.passage(passageNumber);
        Span after = neighbour(index, passageNumber, sentence, +1);
        if (sentence + 1 < passage.sentences().size() || after == null) {
            return null;
        }
        String text = index.document(passage.documentId()).orElseThrow().text();
        Span own = passage.sentences().get(sentence);
        return BLANK_LINE.matcher(text.substring(own.end(), after.start())).find() ? null : after.of(text);
    }

    /** A whole passage, for the closest matches of a declined question. */
    static Citation forPassage(int n, KnowledgeIndex index, int passageNumber, double score) {
        Passage passage = index.passage(passageNumber);
        SourceDocument doc = index.document(passage.documentId()).orElseThrow();
        return new Citation(n, doc.id(), doc.path(), doc.title(), passage.text(), passage.start(), passage.end(),
                passage.text(), passage.start(), passage.end(), passage.index(), round(score));
    }

    /** The sentence after {@code sentence}, within its passage only. */
    /** The text's last character is one of the marks (a regex "(?s).*[marks]" matched whole). */
    private static boolean endsWithAny(String text, String marks) {
        return !text.isEmpty() && marks.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static Span following(KnowledgeIndex index, int passageNumber, int sentence) {
        Passage passage = index.passage(passageNumber);
        return sentence + 1 < passage.sentences().size() ? passage.sentences().get(sentence + 1) : null;
    }

    /** The sentence {@code step} (-1 or +1) from {@code sentence}: in its passage, else in the adjacent one. */
    private static Span neighbour(KnowledgeIndex index, int passageNumber, int sentence, int step) {
        Passage passage = index.passage(passageNumber);
        int s = sentence + step;
        if (s >= 0 && s < passage.sentences().size()) {
            return passage.sentences().get(s);
        }
        List<Span> beyond = across(index, passageNumber, step);
        return beyond.isEmpty() ? null : beyond.get(step < 0 ? beyond.size() - 1 : 0);
    }

    /**
     * The sentences of the passage {@code step} (-1: before, +1: after) from a passage in its document that lie
     * wholly beyond it (passages may overlap), in order; none when there is no such passage or the passage is empty.
     */
    private static List<Span> across(KnowledgeIndex index, int passageNumber, int step) {
        Passage passage = index.passage(passageNumber);
        int other = index.adjacentPassage(passageNumber, step);
        if (other < 0 || passage.sentences().isEmpty()) {
            return List.of();
        }
        int start = passage.sentences().get(0).start();
        int end = passage.sentences().get(passage.sentences().size() - 1).end();
        return index.passage(other).sentences().stream()
                .filter(s -> step < 0 ? s.end() <= start : s.start() >= end).toList();
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
