package dev.citebot.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Plain text from Tika's XHTML that keeps what a table says together: each table row becomes one line, its
 * cells joined by {@code " | "}, so that "fail2ban | ban IPs that cause multiple authentication errors" is one
 * sentence that holds both the name and what it does (Tika's own text puts every cell on a line of its own,
 * and a sentence then holds only half of the answer). Everything outside tables is written exactly as Tika's
 * text handler writes it; the head (title, metadata) is left out, as Tika's body handler does. The headings are
 * kept aside as well, so that each passage can be indexed with the section it stands in. A list whose every word
 * is a link (a site's navigation, a table of contents: the same on every page, and no answer to anything) is
 * left out, and so is a link that is only a mark ("#", "¶"), a heading's permalink, and a table's row of column
 * headers ("Version | Changes": no answer to anything, and it would be quoted as one).
 */
public final class StructuredText extends DefaultHandler {
    static final String CELL_SEPARATOR = " | ";
    /** A list of links shorter than this is left in: "See <a>backup</a> and <a>restore</a>" may be content. */
    static final int MIN_LINK_LIST_ITEMS = 3;
    /** A link that is only a mark ("#", "¶", "§", "🔗"): a heading's permalink, not a word of the heading. */
    private static final Pattern PERMALINK = Pattern.compile("\\s*[#¶§🔗]\\s*");

    private final StringBuilder out = new StringBuilder();
    private final List<String> headings = new ArrayList<>();
    private StringBuilder heading;
    private boolean sawBody;
    private int bodyDepth;
    private int headDepth;
    private int rowDepth;
    private int cellDepth;
    private boolean rowHasText;
    /** Whether the row has a data cell: a row of header cells only names the columns, and says nothing itself. */
    private boolean rowHasData;
    private int rowStart;
    private boolean cellHasText;
    private boolean spacePending;
    private int listDepth;
    private int linkDepth;
    /** Where the outermost list outside tables began in {@link #out}, or -1. */
    private int listStart = -1;
    private int listHeadings;
    private int listItems;
    private boolean listHasPlainText;
    private int linkStart = -1;
    private int linkHeadingStart = -1;
    /** Marks of {@link Definitions} to put before the next visible character written. */
    private final StringBuilder marksPending = new StringBuilder();

    /**
     * Reads an XHTML document as Tika's pipes return it. Text that is not XML keeps its words (tags stripped)
     * and has no headings.
     */
    public static StructuredText of(String xhtml) {
        StructuredText handler = new StructuredText();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);
            return handler;
        } catch (SAXException | IOException | ParserConfigurationException notXml) {
            StructuredText plain = new StructuredText();
            plain.out.append(xhtml.startsWith("<") ? unescape(xhtml.replaceAll("<[^>]*>", "")) : xhtml);
            return plain;
        }
    }

    public String text() {
        return out.toString();
    }

    /** The document's headings (h1 to h6), in order, each on one line. */
    public List<String> headings() {
        return List.copyOf(headings);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "body" -> {
                bodyDepth++;
                sawBody = true;
            }
            case "head" -> headDepth++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = new StringBuilder();
            case "tr" -> {
                if (rowDepth++ == 0) {
                    rowStart = out.length();
                    rowHasData = false;
                }
                rowHasText = false;
            }
            case "ul", "ol", "dl" -> {
                if (listDepth++ == 0 && cellDepth == 0 && rowDepth == 0) {
                    listStart = out.length();
                    listHeadings = headings.size();
                    listItems = 0;
                    listHasPlainText = false;
                }
                spacePending |= cellDepth > 0 && cellHasText;
            }
            case "li", "dt", "dd" -> {
                listItems++;
                spacePending |= cellDepth > 0 && cellHasText;
                String element = name(localName, qName);
                if (!element.equals("li")) {
                    marksPending.append(element.equals("dt") ? Definitions.TERM_START : Definitions.DESCRIPTION_START);
                }
            }
            case "a" -> {
                if (linkDepth++ == 0 && cellDepth == 0 && rowDepth == 0) {
                    linkStart = out.length();
                    linkHeadingStart = heading == null ? -1 : heading.length();
                }
            }
            case "p", "div", "br", "pre" -> spacePending |= cellDepth > 0 && cellHasText;
            case "td", "th" -> {
                rowHasData |= name(localName, qName).equals("td");
                if (cellDepth++ == 0) {
                    cellHasText = false;
                    spacePending = false;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "body" -> bodyDepth--;
            case "head" -> headDepth--;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String line = heading == null ? "" : heading.toString().replaceAll("\\s+", " ").strip();
                if (!line.isEmpty()) {
                    headings.add(line);
                }
                heading = null;
            }
            case "ul", "ol", "dl" -> {
                if (--listDepth == 0 && listStart >= 0) {
                    if (!listHasPlainText && listItems >= MIN_LINK_LIST_ITEMS) {
                        out.setLength(listStart);
                        headings.subList(listHeadings, headings.size()).clear();
                    }
                    listStart = -1;
                }
            }
            case "a" -> {
                if (--linkDepth == 0 && linkStart >= 0) {
                    String link = out.substring(linkStart);
                    if (PERMALINK.matcher(Definitions.unmarked(link)).matches()) {
                        out.setLength(linkStart);
                        marksPending.insert(0, Definitions.marks(link));
                        if (heading != null && linkHeadingStart >= 0) {
                            heading.setLength(linkHeadingStart);
                        }
                    }
                    linkStart = -1;
                }
            }
            case "p", "div", "li", "pre" -> spacePending |= cellDepth > 0 && cellHasText;
            case "dt" -> markEnd(Definitions.TERM_END);
            case "dd" -> markEnd(Definitions.DESCRIPTION_END);
            case "td", "th" -> cellDepth--;
            case "tr" -> {
                if (--rowDepth == 0 && rowHasText && !rowHasData) {
                    out.setLength(rowStart);
                } else if (rowHasText) {
                    out.append("\n\n");
                }
                rowHasText = false;
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0 || (sawBody && bodyDepth == 0)) {
            return;
        }
        if (Definitions.hasMarks(CharBuffer.wrap(ch, start, length))) {
            char[] plain = Definitions.unmarked(new String(ch, start, length)).toCharArray();
            characters(plain, 0, plain.length);
            return;
        }
        if (heading != null) {
            heading.append(ch, start, length);
        }
        if (listStart >= 0 && linkDepth == 0 && !listHasPlainText) {
            listHasPlainText = !new String(ch, start, length).isBlank();
        }
        if (cellDepth == 0) {
            if (rowDepth == 0) {
                int visible = start;
                while (visible < start + length && Character.isWhitespace(ch[visible])) {
                    visible++;
                }
                out.append(ch, start, visible - start);
                if (visible < start + length && !marksPending.isEmpty()) {
                    out.append(marksPending);
                    marksPending.setLength(0);
                }
                out.append(ch, visible, start + length - visible);
            }
            return; // what stands between the cells of a row is Tika's layout, not content
        }
        // Inside a cell, line breaks and indentation become single spaces, and cells are joined: one line a row.
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (Character.isWhitespace(c)) {
                spacePending = cellHasText;
                continue;
            }
            if (!rowHasText) {
                startParagraph(); // a row never runs on from a caption or the text before its table
            } else if (!cellHasText) {
                out.append(CELL_SEPARATOR);
            } else if (spacePending) {
                out.append(' ');
            }
            out.append(marksPending).append(c);
            marksPending.setLength(0);
            spacePending = false;
            cellHasText = true;
            rowHasText = true;
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    /**
     * Puts a mark where an element of a definition list ends: right after its last visible character, with the marks
     * of an element that showed none before it, so that no mark stands between spaces and a line break.
     */
    private void markEnd(char mark) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.insert(end, marksPending.append(mark));
        marksPending.setLength(0);
    }

    private void startParagraph() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        if (end > 0) {
            out.append("\n\n");
        }
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(java.util.Locale.ROOT);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
