package dev.citebot.pipeline;

import dev.citebot.answer.Answer;

/** Answers with the documents' own sentences, each cited: the pipeline's answer, with no model. */
public final class ExtractiveAnswerer implements Answerer {
    private final Pipeline pipeline;

    public ExtractiveAnswerer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Answer ask(Question question) {
        return pipeline.answerWithEvidence(question).answer();
    }
}
