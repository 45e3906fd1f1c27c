package dev.citebot.index;

import dev.citebot.ingest.SourceDocument;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A short header naming what a document is about, put in front of each passage and sentence before they are
 * embedded and indexed: a passage that says "they" is then still found by the name it refers to. The header
 * comes from the file name ("04_Victoria__Australia_.txt" -> "Victoria Australia"), leaving out numbers and
 * hash-like tokens that say nothing; when the file name says nothing ("10009203.txt", "ch01.en.html": no word of
 * three letters), from the document's title, if it is a real title and not a shortened first paragraph.
 */
public final class ContextHeader {
    private ContextHeader() {
    }

    public static String of(SourceDocument doc) {
        String fromName = fromFileName(doc);
        if (fromName.matches("(?s).*\\p{L}{3,}.*")) {
            return fromName;
        }
        return doc.title().endsWith("…") || doc.title().equals(fileName(doc)) ? "" : doc.title();
    }

    private static String fileName(SourceDocument doc) {
        return doc.path().substring(doc.path().lastIndexOf('/') + 1);
    }

    private static String fromFileName(SourceDocument doc) {
        String name = fileName(doc);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Arrays.stream(stem.split("[\\s_\\-.]+"))
                .filter(t -> !t.isEmpty())
                .filter(t -> !t.chars().allMatch(Character::isDigit))
                .filter(t -> !(t.length() >= 8 && t.chars().anyMatch(Character::isDigit)))
                .collect(Collectors.joining(" "));
    }

    /** The text to embed or index: header and content, or the content alone when there is no header. */
    public static String prefixed(String header, String content) {
        return header.isEmpty() ? content : header + ": " + content;
    }
}
