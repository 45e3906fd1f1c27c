package dev.citebot.index;

import java.time.Instant;

/**
 * How an index was built.
 *
 * @param embeddedTexts passages and sentences the model embedded for this build
 * @param reusedTexts   passages and sentences whose vectors came from the {@link VectorCache}
 * @param splitDocuments documents split into passages (and language-detected) for this build: not those kept from
 *                       the last build nor those whose passages were given ({@link SplitDocument})
 * @param keptDocuments documents whose passages, vectors and keyword runs were kept from the last build
 * @param builtAt       when the build finished
 */
public record IndexStats(int embeddedTexts, int reusedTexts, int splitDocuments, int keptDocuments, Instant builtAt) {
}
