package dev.citebot.bench;

import dev.citebot.embed.Embedder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The floor of a restart: a JVM that starts, loads the embedding model and embeds one question, then exits.
 * Citebot cannot be ready sooner than this. Run by the restart benchmark as a child process, with the same
 * model cache folder as the Citebot it is compared with, so both open the model the same way.
 * Arguments: model name, then optionally the model cache folder.
 */
public final class Floor {
    private Floor() {
    }

    public static void main(String[] args) {
        String model = args.length > 0 ? args[0] : "all-minilm-l6-v2";
        Optional<Path> modelCache = args.length > 1 ? Optional.of(Path.of(args[1])) : Optional.empty();
        new Embedder(model, "batched", 32, 0, 1, modelCache).embedQueryAlone("warm up");
        System.exit(0);
    }
}
