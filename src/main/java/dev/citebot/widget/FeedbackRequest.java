package dev.citebot.widget;

/** Body of {@code POST /api/feedback}: a thumbs up or down on one answer, with an optional comment. */
record FeedbackRequest(String rating, String question, String answer, String comment, String source) {
}
