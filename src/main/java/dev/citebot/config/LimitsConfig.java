package dev.citebot.config;

/**
 * Input limits that keep one request from hurting the others.
 *
 * @param bodyReadSeconds the time a request body may take to arrive; a body sent slower holds no answer slot
 *                        and gets 408
 */
public record LimitsConfig(int questionMaxChars, long bodyMaxBytes, int searchMaxK, long bodyReadSeconds) {
    public LimitsConfig {
        if (bodyReadSeconds < 1) {
            throw new ConfigException("limits.body.read.seconds must be 1 or more");
        }
    }
}
