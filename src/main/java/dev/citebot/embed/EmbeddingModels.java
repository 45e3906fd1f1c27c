package dev.citebot.embed;

import dev.citebot.config.ConfigException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * The in-process ONNX models LangChain4j ships as jars, by the names used in config. The "batched" engine runs
 * the same model files in real batches ({@link BatchedBertEncoder}); "langchain4j" uses LangChain4j's own
 * wrapper, which embeds one text per call.
 */
public final class EmbeddingModels {
    static final String OPT_OUT = "OPT_OUT_TRACKING";
    static final String CUDA_IN_CHILD_PROCESS = "ai.djl.util.cuda.fork";
    static final String CUDA_PROBE = "ai.djl.util.cuda.CudaUtils";
    public static final List<String> NAMES = List.of("all-minilm-l6-v2", "all-minilm-l6-v2-q", "bge-small-en-v1.5-q");

    private EmbeddingModels() {
    }

    public static EmbeddingModel named(String name, String engine, int batchSize) {
        return named(name, engine, batchSize, Optional.empty());
    }

    /** With a cache folder, the batched engine opens a plain copy of the model file kept there. */
    public static EmbeddingModel named(String name, String engine, int batchSize, Optional<Path> modelCache) {
        return switch (engine.toLowerCase(Locale.ROOT)) {
            case "batched" -> batched(name, batchSize, modelCache);
            case "langchain4j" -> langchain4j(name);
            default -> throw new ConfigException("embedding.engine must be batched or langchain4j, got '" + engine + "'");
        };
    }

    /** LangChain4j's own in-process model of that name: one text per call (the benchmarks' naive peer). */
    public static EmbeddingModel langchain4j(String name) {
        noTelemetry();
        CudaProbe.skip();
        return switch (name) {
            case "all-minilm-l6-v2" -> new AllMiniLmL6V2EmbeddingModel();
            case "all-minilm-l6-v2-q" -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            case "bge-small-en-v1.5-q" -> new BgeSmallEnV15QuantizedEmbeddingModel();
            default -> throw unknown(name);
        };
    }

    static EmbeddingModel batched(String name, int batchSize, Optional<Path> modelCache) {
        if (!NAMES.contains(name)) {
            throw unknown(name);
        }
        noTelemetry();
        CudaProbe.skip();
        modelCache.ifPresent(NativeLibraries::useCachedCopies); // before ONNX Runtime first loads
        BatchedBertEncoder.Pooling pooling = name.startsWith("bge")
                ? BatchedBertEncoder.Pooling.CLS : BatchedBertEncoder.Pooling.MEAN;
        return new BatchedBertEncoder(name + ".onnx", name + "-tokenizer.json", pooling,
                Runtime.getRuntime().availableProcessors(), textsPerCall(name, batchSize), modelCache);
    }

    /**
     * Texts per model call in the batched engine. The quantized models ("-q") quantize their activations
     * dynamically, with one scale computed over the whole input tensor of a call, so a text's vector would depend
     * on the other texts of its batch (cosine 0.988 between the same sentence embedded alone and beside a longer
     * one): an incremental build, a later sentence fill or questions embedded together would not get the vectors
     * of a build from scratch. They run one text a call (still one call per core at a time), which gives every
     * text the vector it gets alone, the one LangChain4j's own wrapper gives.
     */
    static int textsPerCall(String name, int batchSize) {
        return isDynamicallyQuantized(name) ? 1 : batchSize;
    }

    static boolean isDynamicallyQuantized(String name) {
        return name.endsWith("-q");
    }

    /**
     * The tokenizer library (DJL) "calls home" when it is first loaded: it asks the EC2 metadata address and a
     * telemetry server, with a second's timeout each, on the thread that loads the model. Citebot works offline
     * and sends nothing anywhere, so that is turned off (DJL's documented opt-out), unless set otherwise already.
     */
    static void noTelemetry() {
        if (System.getProperty(OPT_OUT) == null && System.getenv(OPT_OUT) == null) {
            System.setProperty(OPT_OUT, "true");
        }
    }

    /**
     * Before it loads the tokenizer's native library, DJL asks CUDA how many GPUs there are, by loading the CUDA
     * runtime where one is installed (on this machine, CUDA without a GPU: 130 ms in a JVM that does nothing else,
     * about 20 ms of a start, on the model's thread), for a tokenizer that runs on the CPU whatever the answer. DJL's probe class finds its CUDA library once, when it is
     * initialised, and skips the search when told to ask a child process instead; so it is initialised with that
     * switch on, which leaves it without a library (no GPU, for DJL), and the switch is then put back as it was.
     * The JVM runs a class's initialiser once, so this happens once, before any tokenizer loads.
     */
    private static final class CudaProbe {
        private static final boolean SKIPPED = initialiseWithoutCuda();

        static boolean skip() {
            return SKIPPED;
        }

        private static boolean initialiseWithoutCuda() {
            if (System.getProperty(CUDA_IN_CHILD_PROCESS) != null) {
                return false; // the user's choice
            }
            System.setProperty(CUDA_IN_CHILD_PROCESS, "true");
            try {
                Class.forName(CUDA_PROBE, true, EmbeddingModels.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            } finally {
                System.clearProperty(CUDA_IN_CHILD_PROCESS);
            }
        }
    }

    private static ConfigException unknown(String name) {
        return new ConfigException("embedding.model must be one of " + NAMES + ", got '" + name + "'");
    }

    /** BGE is trained to find passages for a query written with this instruction in front. */
    public static String queryPrefix(String name) {
        return name.startsWith("bge") ? "Represent this sentence for searching relevant passages: " : "";
    }
}
