package dev.citebot.eval;

import dev.citebot.answer.Decline;
import java.util.List;

/** Anything the eval command can question: Citebot itself or one of the peers it is compared with. */
public interface Responder extends AutoCloseable {
    /**
     * The answer text, whether it was declined, and the passages it read, best first.
     *
     * @param declinedBy which check declined it, when the responder says (null when answered or unknown)
     */
    record Response(String answer, boolean declined, List<String> rankedPassages, Decline declinedBy) {
        public Response(String answer, boolean declined, List<String> rankedPassages) {
            this(answer, declined, rankedPassages, null);
        }
    }

    Response respond(String question);

    /** Document ids (file names without extension), best first, for BEIR retrieval scoring. */
    List<String> rankDocuments(String query, int depth);

    /** Mean length in characters of the passages this responder reads. */
    double meanPassageLength();

    /** Stops what the responder started (Citebot's parser processes and their files); nothing for the peers. */
    @Override
    default void close() {
    }
}
