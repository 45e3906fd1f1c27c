package dev.citebot.eval;

import java.util.List;

/** Anything the eval command can question: Citebot itself or one of the peers it is compared with. */
public interface Responder {
    /** The answer text, whether it was declined, and the passages it read, best first. */
    record Response(String answer, boolean declined, List<String> rankedPassages) {
    }

    Response respond(String question);

    /** Document ids (file names without extension), best first, for BEIR retrieval scoring. */
    List<String> rankDocuments(String query, int depth);

    /** Mean length in characters of the passages this responder reads. */
    double meanPassageLength();
}
