package dev.citebot.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build (from the filtered {@code citebot/version.properties}), read once. */
public final class BuildInfo {
    private static final String VERSION = read();

    private BuildInfo() {
    }

    /** Such as {@code 0.6.0-SNAPSHOT}; {@code unknown} when the resource is missing (a build without filtering). */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/citebot/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
