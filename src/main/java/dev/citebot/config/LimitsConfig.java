package dev.citebot.config;

/**
 * Input limits that keep one request from hurting the others.
 *
 * @param bodyReadSeconds the time a request body may take to arrive; a body sent slower holds no answer slot
 *                        and gets 408
 * @param feedbackMaxBytes the largest the feedback file may grow; past it, new feedback is refused (507)
 */
public record LimitsConfig(int questionMaxChars, long bodyMaxBytes, int searchMaxK, long bodyReadSeconds,
                           long feedbackMaxBytes) {
    public LimitsConfig {
        if (bodyReadSeconds < 1) {
            throw new ConfigException("limits.body.read.seconds must be 1 or more");
        }
        if (feedbackMaxBytes < 0) {
            throw new ConfigException("feedback.max.bytes must be 0 or more");
        }
    }
}
