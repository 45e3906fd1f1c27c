package dev.citebot.feedback;

import java.time.Instant;

/**
 * One rating of an answer.
 *
 * @param at        when it was given
 * @param source    which front door it came through ("widget", "slack", "api")
 * @param rating    "up" or "down"
 * @param question  the question that was answered
 * @param answer    the answer that was rated
 * @param comment   optional free text
 * @param user      an opaque id of who rated it, where the front door has one (never an e-mail or name)
 */
public record Feedback(Instant at, String source, String rating, String question, String answer, String comment,
                       String user) {
}
