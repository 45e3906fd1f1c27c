package dev.citebot.widget;

import dev.citebot.feedback.Feedback;
import java.util.List;

/**
 * Body of {@code POST /api/feedback}: a thumbs up or down on one answer, with an optional comment, its sources and
 * the collection that answered it (none: {@code default}).
 */
record FeedbackRequest(String rating, String question, String answer, String comment, String source,
                       List<Feedback.Source> citations, String collection) {
}
