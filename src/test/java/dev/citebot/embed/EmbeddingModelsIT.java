package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Utils;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingModelsIT {

    @Test
    void loadingAModelTurnsOffTheTokenizerLibrarysCallHome() {
        EmbeddingModels.named("all-minilm-l6-v2-q", "batched", 4);
        // The very check DJL makes before it asks the EC2 metadata address and its telemetry server.
        assertTrue(Utils.isOfflineMode() || Boolean.parseBoolean(Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING")),
                "DJL would call home");
    }

    /** On a machine with CUDA installed (this one has it, without a GPU) DJL would load its runtime to ask. */
    @Test
    void loadingAModelLeavesTheCudaRuntimeUnloadedAndDjlsSwitchAsItWas() throws IOException {
        EmbeddingModels.named("all-minilm-l6-v2-q", "batched", 4).embed("uranium");
        EmbeddingModels.langchain4j("all-minilm-l6-v2-q").embed("uranium");

        assertFalse(CudaUtils.hasCuda(), "DJL's probe found a CUDA library");
        assertFalse(Files.readString(Path.of("/proc/self/maps")).contains("libcudart"), "the CUDA runtime is loaded");
        assertNull(System.getProperty(EmbeddingModels.CUDA_IN_CHILD_PROCESS), "the switch is put back");
    }
}
