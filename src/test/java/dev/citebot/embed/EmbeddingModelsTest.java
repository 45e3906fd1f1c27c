package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import org.junit.jupiter.api.Test;

class EmbeddingModelsTest {

    @Test
    void loadingAModelTurnsOffTheTokenizerLibrarysCallHome() {
        EmbeddingModels.named("all-minilm-l6-v2-q", "batched", 4);
        // The very check DJL makes before it asks the EC2 metadata address and its telemetry server.
        assertTrue(Utils.isOfflineMode() || Boolean.parseBoolean(Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING")),
                "DJL would call home");
    }
}
