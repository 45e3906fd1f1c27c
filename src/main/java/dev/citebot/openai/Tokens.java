package dev.citebot.openai;

import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.util.List;

/**
 * Counts tokens for {@code usage} and {@code max_tokens} with the tokenizer of Citebot's embedding models: BERT's
 * WordPiece vocabulary, which all of them share, as LangChain4j ships it with its in-process models. No language
 * model reads or writes an extractive answer, so no model's own count exists; this one is fair (about a token per
 * common word, more for names and numbers) and is the same for the question and the answer. Loaded on first use,
 * so that a Citebot nobody asks through {@code /v1} does not load it.
 */
final class Tokens {
    private volatile TokenCountEstimator estimator;

    int count(String text) {
        return text.isEmpty() ? 0 : estimator().estimateTokenCountInText(text);
    }

    /** The messages' text, as the prompt: every message's, the system's included. */
    int prompt(List<ChatCompletionRequest.Message> messages) {
        int total = 0;
        for (ChatCompletionRequest.Message m : messages) {
            total += m == null ? 0 : count(Conversation.text(m.content()));
        }
        return total;
    }

    private TokenCountEstimator estimator() {
        TokenCountEstimator loaded = estimator;
        if (loaded == null) {
            synchronized (this) {
                if (estimator == null) {
                    estimator = new HuggingFaceTokenCountEstimator();
                }
                loaded = estimator;
            }
        }
        return loaded;
    }
}
