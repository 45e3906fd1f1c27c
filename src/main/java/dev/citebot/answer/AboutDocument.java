package dev.citebot.answer;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.Datelines;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Questions about a document itself rather than what it says: when it was written, what it is called. Their
 * words ("when was this article written?") are in no sentence, so ranking sentences would decline them; the
 * answer is in the document's opening lines (a dateline) or its title. The document is the one whose passage
 * best matched the question, which for a folder of one document is that document. Asked in English, German,
 * Spanish or French; datelines in those languages' forms.
 */
public final class AboutDocument {
    /** A dateline stands near the top; a date further down is about something the document reports. */
    static final int OPENING = 500;
    // What a document is called, in English, German, Spanish and French: every question about the document names it.
    private static final String NOUNS = "article|document|text|report|story|piece|post|page|file|paper|news|memo"
            + "|letter|essay|manual|guide";
    private static final String NOUNS_DE = "artikel|dokument|text|bericht|beitrag|brief|seite|datei|handbuch"
            + "|anleitung|meldung|nachricht|protokoll";
    private static final String NOUNS_ES = "artículo|articulo|documento|texto|informe|noticia|página|pagina|archivo"
            + "|carta|manual|guía|guia|acta";
    private static final String NOUNS_FR = "article|document|texte|rapport|page|fichier|lettre|manuel|guide|note"
            + "|compte\\s+rendu";
    /**
     * The nouns' letters, lower case ("compte rendu" by its first word): a question that holds none of them asks
     * nothing about the document, and the patterns below need not run.
     */
    private static final List<String> NOUN_WORDS = Stream.of(NOUNS, NOUNS_DE, NOUNS_ES, NOUNS_FR)
            .flatMap(nouns -> Stream.of(nouns.split("\\|"))).map(noun -> noun.split("\\\\")[0]).distinct().toList();
    private static final String DOCUMENT = "(this|the|that)\\s+(" + NOUNS + ")";
    private static final Pattern ASKS_DATE = Pattern.compile("(?i)\\b(when|what\\s+(date|day|year)|which\\s+(date"
            + "|day|year))\\b.*\\b" + DOCUMENT + "\\b.*\\b(written|published|dated|posted|released|issued|created"
            + "|from|made)\\b|\\b(date|publication\\s+date)\\s+(of|on)\\s+" + DOCUMENT + "\\b|\\bhow\\s+(old|recent)"
            + "\\s+is\\s+" + DOCUMENT + "\\b|\\b" + DOCUMENT + "\\s+(is\\s+)?dated\\b");
    private static final Pattern ASKS_TITLE = Pattern.compile("(?i)\\b(title|name|headline|heading)\\s+of\\s+"
            + DOCUMENT + "\\b|\\bwhat\\s+is\\s+" + DOCUMENT + "\\s+(called|titled|named)\\b");
    /**
     * "What is this article (mainly) about?", "What is the main topic of the report?", "Summarize the article.",
     * "What does this document cover?": what the document as a whole is about, in English. The question ends there:
     * "What is the story about Putin's call?" asks about a part.
     */
    private static final Pattern ASKS_SUBJECT = Pattern.compile("(?i)\\bwhat(\\s+is|\\s+was|['’]s)\\s+" + DOCUMENT
            + "\\s+((mainly|mostly|really|actually|all|generally|basically)\\s+)?about\\s*[?.!]*\\s*$"
            + "|\\bwhat(\\s+is|\\s+was|['’]s)\\s+the\\s+(main\\s+|central\\s+|overall\\s+)?(topic|subject|point|gist"
            + "|theme|idea|story)\\s+of\\s+" + DOCUMENT + "\\s*[?.!]*\\s*$"
            + "|\\b(summari[sz]e|sum\\s+up)\\s+" + DOCUMENT + "\\b"
            + "|\\bwhat\\s+(does|did)\\s+" + DOCUMENT + "\\s+(cover|discuss|describe|report|deal\\s+with)\\s*[?.!]*\\s*$");
    // The same questions in German, Spanish and French: a question word, the document, and a verb of writing, in
    // the orders those languages put them ("Wann wurde dieser Artikel geschrieben?", "¿Cuándo se publicó este
    // documento?", "De quand date ce document ?").
    private static final String DOCUMENT_DE = "(diese[rsmn]?|der|die|das|des|dem|den)\\s+(" + NOUNS_DE + ")(e?s)?";
    private static final String DOCUMENT_ES = "(este|esta|ese|esa|el|la|del)\\s+(" + NOUNS_ES + ")";
    private static final String DOCUMENT_FR = "(cet|cette|ce|le|la|l['’]|du|de\\s+la)\\s*(" + NOUNS_FR + ")";
    private static final Pattern ASKS_DATE_OTHERS = Pattern.compile("(?iuU)"
            + "^(?=.*\\b(wann|welches\\s+datum|an\\s+welchem\\s+tag|in\\s+welchem\\s+jahr|von\\s+wann)\\b)"
            + "(?=.*\\b" + DOCUMENT_DE + "\\b)(?=.*\\b(geschrieben|veröffentlicht|erschienen|datiert|verfasst|erstellt"
            + "|herausgegeben|datum)\\b)"
            + "|\\bdatum\\s+(des|dieses)\\s+(artikels|dokuments|textes|berichts|beitrags|briefs|protokolls)\\b"
            + "|\\bwie\\s+(alt|aktuell)\\s+ist\\s+" + DOCUMENT_DE + "\\b"
            + "|^(?=.*(cuándo|cuando|qué\\s+fecha|que\\s+fecha|en\\s+qué\\s+año|qué\\s+día)\\b)(?=.*\\b" + DOCUMENT_ES
            + "\\b)(?=.*\\b(escribió|escrito|escrita|publicó|publicado|publicada|fechado|fechada|redactó|redactado"
            + "|redactada|creó|creado|creada|fecha)\\b)"
            + "|\\bfecha\\s+(de\\s+publicación\\s+)?(del|de\\s+este|de\\s+esta|de\\s+la)\\s+(artículo|articulo|documento"
            + "|texto|informe|noticia|carta)\\b"
            + "|^(?=.*\\b(quand|quelle\\s+date|en\\s+quelle\\s+année|quel\\s+jour)\\b)(?=.*\\b" + DOCUMENT_FR
            + "\\b)(?=.*\\b(écrit|écrite|publié|publiée|daté|datée|date|rédigé|rédigée|créé|créée|paru|parue)\\b)"
            + "|\\bdate\\s+(de\\s+publication\\s+)?(de\\s+cet|de\\s+cette|de\\s+ce|du|de\\s+la|de\\s+l['’])\\s*(article"
            + "|document|texte|rapport|lettre)\\b");
    private static final Pattern ASKS_TITLE_OTHERS = Pattern.compile("(?iuU)"
            + "\\b(titel|überschrift|name)\\s+(des|dieses)\\s+(artikels|dokuments|textes|berichts|beitrags|briefs)\\b"
            + "|\\bwie\\s+heißt\\s+" + DOCUMENT_DE + "\\b"
            + "|\\b(título|titulo|nombre|titular)\\s+(del|de\\s+este|de\\s+esta|de\\s+la)\\s+(artículo|articulo|documento"
            + "|texto|informe|noticia)\\b|\\bcómo\\s+se\\s+(llama|titula)\\s+" + DOCUMENT_ES + "\\b"
            + "|\\b(titre|nom)\\s+(de\\s+cet|de\\s+cette|de\\s+ce|du|de\\s+la|de\\s+l['’])\\s*(article|document|texte"
            + "|rapport)\\b|\\bcomment\\s+s['’](appelle|intitule)\\s+" + DOCUMENT_FR + "\\b");
    private static final String MONTH = "(" + NoAnswerModel.MONTHS + ")";
    // German, Spanish and French datelines: "16. August 2023", "16 de agosto de 2023", "16 août 2023".
    private static final String MONTH_OTHERS = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
            + "|Oktober|November|Dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
            + "|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
            + "|novembre|décembre)";
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}|" + MONTH + "\\s+\\d{1,2},?\\s+"
            + "\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|(?iu:\\d{1,2}\\.?\\s+(de\\s+)?" + MONTH_OTHERS
            + "\\s+(de\\s+)?\\d{4}))\\b");

    /** What a question asks about the document itself, if anything. */
    public enum Asks { DATE, TITLE, SUBJECT, NOTHING }

    private AboutDocument() {
    }

    public static Asks asks(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        if (NOUN_WORDS.stream().noneMatch(lower::contains)) {
            return Asks.NOTHING;
        }
        if (ASKS_DATE.matcher(question).find() || ASKS_DATE_OTHERS.matcher(question).find()) {
            return Asks.DATE;
        }
        if (ASKS_TITLE.matcher(question).find() || ASKS_TITLE_OTHERS.matcher(question).find()) {
            return Asks.TITLE;
        }
        return ASKS_SUBJECT.matcher(question).find() ? Asks.SUBJECT : Asks.NOTHING;
    }

    /** Where the document states its own date: the first date in its opening, if any. */
    static Optional<Span> dateline(String text) {
        Matcher m = DATE.matcher(text.substring(0, Math.min(OPENING, text.length())));
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    /** The answer to a question about the document of the given passage, if it is one and the document says. */
    static Optional<Answer> answer(KnowledgeIndex index, String question, int passageNumber) {
        Asks asks = asks(question);
        if (asks == Asks.NOTHING) {
            return Optional.empty();
        }
        Passage best = index.passage(passageNumber);
        SourceDocument doc = index.document(best.documentId()).orElseThrow();
        if (asks == Asks.TITLE) {
            Citation citation = CitationBuilder.forPassage(1, index, first(index, doc.id()), 1.0);
            return Optional.of(cited("“" + doc.title() + "”", citation));
        }
        if (asks == Asks.SUBJECT) {
            return quoteAt(index, doc.id(), lead(doc.text())).map(lead -> titled(doc.title(), lead));
        }
        return dateline(doc.text()).flatMap(date -> quoteAt(index, doc.id(), date.start()));
    }

    /** Where the document's own words begin: after its dateline, if it opens with one, and after white space. */
    static int lead(String text) {
        return text.length() - Datelines.strip(text).length();
    }

    /** The lead sentence, with the document's title in front when the lead does not already open with it. */
    private static Answer titled(String title, Answer lead) {
        String words = title.replace("…", "").strip();
        if (words.isEmpty() || lead.answer().replace("“", "").startsWith(words)) {
            return lead;
        }
        return new Answer("“" + title + "”: " + lead.answer(), true, lead.citations(), List.of(), AnswerComposer.MODE,
                0);
    }

    private static Optional<Answer> quoteAt(KnowledgeIndex index, String documentId, int offset) {
        for (int p = 0; p < index.passages().size(); p++) {
            Passage passage = index.passage(p);
            if (!passage.documentId().equals(documentId)) {
                continue;
            }
            for (int s = 0; s < passage.sentences().size(); s++) {
                Span sentence = passage.sentences().get(s);
                if (sentence.start() <= offset && offset < sentence.end()) {
                    Citation c = CitationBuilder.forSentence(1, index, p, s, 1.0);
                    return Optional.of(cited(AnswerComposer.oneLine(c.quote()), c));
                }
            }
        }
        return Optional.empty();
    }

    /** An answer of one line that cites one source, like the composer's own. */
    private static Answer cited(String text, Citation citation) {
        return new Answer(text + " [1]", true, List.of(citation), List.of(), AnswerComposer.MODE, 0);
    }

    private static int first(KnowledgeIndex index, String documentId) {
        for (int p = 0; p < index.passages().size(); p++) {
            if (index.passage(p).documentId().equals(documentId)) {
                return p;
            }
        }
        throw new IllegalStateException("a document without passages: " + documentId);
    }
}
