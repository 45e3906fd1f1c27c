package dev.citebot.bench;

import dev.citebot.embed.Embedder;

/**
 * The floor of a restart: a JVM that starts, loads the embedding model and embeds one question, then exits.
 * Citebot cannot be ready sooner than this. Run by the restart benchmark as a child process.
 */
public final class Floor {
    private Floor() {
    }

    public static void main(String[] args) {
        String model = args.length > 0 ? args[0] : "all-minilm-l6-v2";
        new Embedder(model, "batched", 32, 0, 1).embedQueryAlone("warm up");
        System.exit(0);
    }
}
