package dev.citebot.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A rating as JSON carries it, in the feedback file and in the export: the time as ISO-8601 text, since the one
 * JSON setup ({@code http.Json}) has no java.time support (and needs none elsewhere). A line written before
 * ratings named their collection has none: it reads as {@code default}.
 */
public record FeedbackLine(String at, String source, String collection, String rating, String question,
                           String answer, String comment, String user, List<Feedback.Source> citations) {
    public static FeedbackLine of(Feedback f) {
        return new FeedbackLine(f.at().toString(), f.source(), f.collection(), f.rating(), f.question(), f.answer(),
                f.comment(), f.user(), f.citations());
    }

    public Feedback feedback() {
        return feedback(null);
    }

    /** The rating, of an answer from {@code collectionIfNone} when the line names no collection. */
    public Feedback feedback(String collectionIfNone) {
        return new Feedback(Instant.parse(at), source, collection == null ? collectionIfNone : collection, rating,
                question, answer, comment, user, citations);
    }
}
