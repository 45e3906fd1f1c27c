package dev.citebot.cli;

import dev.citebot.config.CitebotConfig;
import dev.citebot.config.ConfigException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What must hold before anything is loaded, so that a mistake ends in one clear line and exit status 2 rather
 * than a server that waits forever, or a JVM stopped while the embedding model's native library is loading.
 */
final class StartChecks {
    private StartChecks() {
    }

    /** The seeds folder exists and is a folder. */
    static void seedsFolder(CitebotConfig config) {
        Path seeds = config.seedsDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            throw new ConfigException("the seeds folder " + seeds + (Files.exists(seeds) ? " is not a folder"
                    : " does not exist") + "; create it or set seeds.dir (CITEBOT_SEEDS_DIR)");
        }
    }

    /** The server's address can be listened on now (port in use, address not this machine's, no permission). */
    static void port(CitebotConfig config) {
        if (config.port() == 0) {
            return; // any free port
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as the server will: a port in TIME_WAIT is free to it
            socket.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            throw new ConfigException("cannot listen on " + config.host() + ":" + config.port() + " ("
                    + e.getMessage() + "); set port (CITEBOT_PORT) or host (CITEBOT_HOST)");
        }
    }
}
