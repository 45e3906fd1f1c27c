package dev.citebot.llm;

import dev.citebot.config.LlmSettings;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.ExtractiveAnswerer;
import dev.citebot.pipeline.Pipeline;
import java.nio.file.Path;

/** Chooses how questions are answered: by a grounded model when {@code llm.provider} names one, else extractively. */
public final class Answerers {
    private Answerers() {
    }

    public static Answerer create(LlmSettings settings, Path promptsDir, Pipeline pipeline) {
        return settings.enabled() ? GroundedAnswerer.create(settings, promptsDir, pipeline)
                : new ExtractiveAnswerer(pipeline);
    }
}
