package dev.citebot.feedback;

import java.time.Instant;

/**
 * A rating as JSON carries it, in the feedback file and in the export: the time as ISO-8601 text, since the one
 * JSON setup ({@code http.Json}) has no java.time support (and needs none elsewhere).
 */
public record FeedbackLine(String at, String source, String rating, String question, String answer, String comment,
                           String user) {
    public static FeedbackLine of(Feedback f) {
        return new FeedbackLine(f.at().toString(), f.source(), f.rating(), f.question(), f.answer(), f.comment(),
                f.user());
    }

    Feedback feedback() {
        return new Feedback(Instant.parse(at), source, rating, question, answer, comment, user);
    }
}
