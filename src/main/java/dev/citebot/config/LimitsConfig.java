package dev.citebot.config;

/** Input limits that keep one request from hurting the others. */
public record LimitsConfig(int questionMaxChars, long bodyMaxBytes, int searchMaxK) {
}
