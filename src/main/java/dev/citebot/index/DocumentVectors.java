package dev.citebot.index;

/**
 * One document's unit vectors: one per passage, and one per sentence of each passage, in passage order.
 * Never modified once made; indexes built from the same vectors share the arrays.
 */
public record DocumentVectors(float[][] passages, float[][][] sentences) {
    /** Whether these vectors fit passages with the given sentence counts (a guard against stale entries). */
    boolean fits(int[] sentenceCounts) {
        if (passages.length != sentenceCounts.length) {
            return false;
        }
        for (int p = 0; p < sentenceCounts.length; p++) {
            if (sentences[p].length != sentenceCounts[p]) {
                return false;
            }
        }
        return true;
    }
}
