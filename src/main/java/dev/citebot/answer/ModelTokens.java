package dev.citebot.answer;

/**
 * Tokens a language model reported for writing an answer: what it read (the prompt, passages included) and what
 * it wrote. Front doors that report usage (the OpenAI-compatible endpoint) give these rather than an estimate.
 */
public record ModelTokens(int prompt, int completion) {
}
