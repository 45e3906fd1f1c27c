package dev.citebot.feedback;

import dev.citebot.answer.Citation;
import dev.citebot.config.ChannelCollections;
import java.time.Instant;
import java.util.List;

/**
 * One rating of an answer.
 *
 * @param at        when it was given
 * @param source    which front door it came through ("widget", "slack", "api")
 * @param collection the collection whose documents answered ({@code default} in feedback stored before it was kept)
 * @param rating    "up" or "down"
 * @param question  the question that was answered
 * @param answer    the answer that was rated
 * @param comment   optional free text
 * @param user      an opaque id of who rated it, where the front door has one (never an e-mail or name)
 * @param citations the sources the answer cited, as the rater saw them (none in feedback stored before they were kept)
 */
public record Feedback(Instant at, String source, String collection, String rating, String question, String answer,
                       String comment, String user, List<Source> citations) {
    /** The collection of feedback that names none: the seeds folder's. */
    public static final String DEFAULT_COLLECTION = ChannelCollections.DEFAULT;

    public Feedback {
        collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection;
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** A cited source: its number in the answer, its document and the sentence quoted. */
    public record Source(int n, String path, String title, String quote) {
        public static List<Source> of(List<Citation> citations) {
            return citations.stream().map(c -> new Source(c.n(), c.path(), c.title(), c.quote())).toList();
        }
    }
}
