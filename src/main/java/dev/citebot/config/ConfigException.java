package dev.citebot.config;

/** A setting or a prompt file is missing or wrong; the message names which. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
