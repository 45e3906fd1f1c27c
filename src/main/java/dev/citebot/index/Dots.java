package dev.citebot.index;

/**
 * The query's dot product with a run of passages' vectors, each summed in double in the order of the dimensions (the
 * arithmetic of LangChain4j's in-memory store). Eight passages at a time: one sum waits for its last addition, so
 * eight independent ones keep the processor's adders busy where one or four left them idle. Both vector searches
 * use it: {@link CosineVectorSearch} over all passages at once, {@link FlatVectorSearch} slice by slice on every core.
 */
final class Dots {
    private Dots() {
    }

    /** @return the dot products of {@code query} with {@code vectors[from]} to {@code vectors[to - 1]}, in order */
    static double[] of(float[] query, float[][] vectors, int from, int to) {
        double[] dots = new double[to - from];
        int dimensions = query.length;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            float[] v0 = vectors[i];
            float[] v1 = vectors[i + 1];
            float[] v2 = vectors[i + 2];
            float[] v3 = vectors[i + 3];
            float[] v4 = vectors[i + 4];
            float[] v5 = vectors[i + 5];
            float[] v6 = vectors[i + 6];
            float[] v7 = vectors[i + 7];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            for (int d = 0; d < dimensions; d++) {
                float q = query[d];
                s0 += q * v0[d];
                s1 += q * v1[d];
                s2 += q * v2[d];
                s3 += q * v3[d];
                s4 += q * v4[d];
                s5 += q * v5[d];
                s6 += q * v6[d];
                s7 += q * v7[d];
            }
            int at = i - from;
            dots[at] = s0;
            dots[at + 1] = s1;
            dots[at + 2] = s2;
            dots[at + 3] = s3;
            dots[at + 4] = s4;
            dots[at + 5] = s5;
            dots[at + 6] = s6;
            dots[at + 7] = s7;
        }
        for (; i < to; i++) {
            float[] v = vectors[i];
            double s = 0;
            for (int d = 0; d < dimensions; d++) {
                s += query[d] * v[d];
            }
            dots[i - from] = s;
        }
        return dots;
    }
}
