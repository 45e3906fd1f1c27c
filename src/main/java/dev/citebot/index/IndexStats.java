package dev.citebot.index;

import java.time.Instant;

/**
 * How an index was built.
 *
 * @param embeddedTexts passages and sentences the model embedded for this build
 * @param reusedTexts   passages and sentences whose vectors came from the {@link VectorCache}
 * @param builtAt       when the build finished
 */
public record IndexStats(int embeddedTexts, int reusedTexts, Instant builtAt) {
}
