package dev.citebot.feedback;

import java.util.List;

/**
 * Where ratings are kept: the data folder's file ({@link FeedbackStore}, store=memory) or the shared database
 * (store=postgres), which every replica appends to.
 */
public interface FeedbackLog {
    /**
     * Stores one rating.
     *
     * @throws FeedbackStore.Full        when the log has reached its cap
     * @throws FeedbackStore.Unavailable when it cannot be written
     */
    void append(Feedback feedback);

    /** Every rating stored, oldest first. */
    List<Feedback> all();
}
