package dev.citebot.config;

/**
 * What is indexed besides each passage's own text.
 *
 * @param contextHeaders  each passage is embedded and keyword-indexed with its document's title and section
 * @param sentenceVectors each sentence gets a vector of its own, for choosing the answer's sentences
 * @param sentenceVectorsLater the index is ready once its passages are embedded; sentences are embedded after, first
 *                        those of the passages a question reaches (the same vectors, made later)
 * @param passageVectorsLater with sentences later: the index is ready once its passages are split and keyword-indexed;
 *                        passages are embedded after, first those BM25 finds for a question (the same vectors)
 */
public record IndexConfig(boolean contextHeaders, boolean sentenceVectors, boolean sentenceVectorsLater,
                          boolean passageVectorsLater) {
    static IndexConfig from(Settings s) {
        return new IndexConfig(s.flag("index.context.headers"), s.flag("index.sentence.vectors"),
                s.flag("index.sentence.vectors.later"), s.flag("index.passage.vectors.later"));
    }
}
