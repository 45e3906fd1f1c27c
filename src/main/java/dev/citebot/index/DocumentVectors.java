package dev.citebot.index;

/**
 * One document's unit vectors: one per passage, and one per sentence of each passage, in passage order.
 * A passage's sentence vectors may still be missing ({@code null}) when they are embedded after the index is
 * ready ({@link SentenceVectors}), and so may a passage's vector ({@link PassageVectors}); they are then filled in
 * once, in place, and never changed again. Indexes built
 * from the same vectors share the arrays.
 */
public record DocumentVectors(float[][] passages, float[][][] sentences) {
    /** Whether these vectors fit passages with the given sentence counts (a guard against stale entries). */
    boolean fits(int[] sentenceCounts) {
        if (passages.length != sentenceCounts.length) {
            return false;
        }
        for (int p = 0; p < sentenceCounts.length; p++) {
            if (sentences[p] != null && sentences[p].length != sentenceCounts[p]) {
                return false;
            }
        }
        return true;
    }

    /** Texts these vectors hold: the passages and sentences already embedded. */
    int texts() {
        int n = 0;
        for (float[] p : passages) {
            n += p == null ? 0 : 1;
        }
        for (float[][] s : sentences) {
            n += s == null ? 0 : s.length;
        }
        return n;
    }
}
