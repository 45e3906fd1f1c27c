package dev.citebot.openai;

import static dev.citebot.openai.InvalidParameter.INVALID_VALUE;
import static dev.citebot.openai.InvalidParameter.UNSUPPORTED_PARAMETER;
import static dev.citebot.openai.InvalidParameter.UNSUPPORTED_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.http.WholeNumbers;

/**
 * What Citebot does with OpenAI's request parameters. It honours those it can: {@code max_tokens} and
 * {@code max_completion_tokens} cut the reply ({@code finish_reason: "length"}), {@code stream_options.include_usage}
 * adds the usage chunk to a stream, {@code n: 1} is what it always does. It refuses, naming the field, those asking
 * for what it cannot give (several choices, tool or function calls, JSON output, log-probabilities, audio, stop
 * sequences): a client that relies on them would otherwise take a plain answer for what it asked. Sampling settings
 * (temperature, top_p, seed, penalties) only change how a model picks its words, not what the reply is, and are
 * not read.
 *
 * @param maxTokens    the most tokens the reply may have ({@link #UNLIMITED} when not asked)
 * @param includeUsage whether a stream ends with a chunk carrying the usage
 */
record Parameters(int maxTokens, boolean includeUsage) {
    static final int UNLIMITED = Integer.MAX_VALUE;

    static Parameters of(ChatCompletionRequest r) {
        int n = positive("n", r.n(), 1);
        if (n > 1) {
            throw new InvalidParameter("n", UNSUPPORTED_VALUE, "Citebot gives one answer per question: 'n' must be 1");
        }
        int maxTokens = Math.min(positive("max_tokens", r.maxTokens(), UNLIMITED),
                positive("max_completion_tokens", r.maxCompletionTokens(), UNLIMITED));
        refuseCalls("tools", r.tools(), "tool_choice", r.toolChoice());
        refuseCalls("functions", r.functions(), "function_call", r.functionCall());
        if (given(r.responseFormat()) && !"text".equals(r.responseFormat().path("type").asText())) {
            throw new InvalidParameter("response_format", UNSUPPORTED_VALUE,
                    "Citebot answers in text with citations: 'response_format' can only be {\"type\": \"text\"}");
        }
        if (given(r.logprobs()) && !(r.logprobs().isBoolean() && !r.logprobs().asBoolean())) {
            throw new InvalidParameter("logprobs", UNSUPPORTED_PARAMETER, "Citebot gives no log-probabilities");
        }
        if (given(r.topLogprobs()) && !(r.topLogprobs().isInt() && r.topLogprobs().asInt() == 0)) {
            throw new InvalidParameter("top_logprobs", UNSUPPORTED_PARAMETER, "Citebot gives no log-probabilities");
        }
        if (given(r.modalities()) && !(r.modalities().isArray() && r.modalities().size() == 1
                && "text".equals(r.modalities().get(0).asText()))) {
            throw new InvalidParameter("modalities", UNSUPPORTED_VALUE, "Citebot answers in text only");
        }
        if (given(r.audio())) {
            throw new InvalidParameter("audio", UNSUPPORTED_PARAMETER, "Citebot answers in text only");
        }
        if (given(r.stop()) && !isEmptyList(r.stop()) && !(r.stop().isTextual() && r.stop().asText().isEmpty())) {
            throw new InvalidParameter("stop", UNSUPPORTED_PARAMETER,
                    "Citebot does not stop at stop sequences; use max_tokens to bound the reply");
        }
        return new Parameters(maxTokens, includeUsage(r));
    }

    private static boolean includeUsage(ChatCompletionRequest r) {
        JsonNode options = r.streamOptions();
        if (!given(options)) {
            return false;
        }
        if (!r.streamed()) {
            throw new InvalidParameter("stream_options", INVALID_VALUE,
                    "'stream_options' is only allowed when 'stream' is true");
        }
        JsonNode include = options.get("include_usage");
        if (!options.isObject() || given(include) && !include.isBoolean()) {
            throw new InvalidParameter("stream_options", INVALID_VALUE,
                    "'stream_options' must be an object like {\"include_usage\": true}");
        }
        return given(include) && include.asBoolean();
    }

    /** Tools may be listed as long as the model is told not to call them: then the answer is the same. */
    private static void refuseCalls(String listField, JsonNode list, String choiceField, JsonNode choice) {
        boolean none = given(choice) && "none".equals(choice.asText());
        if (given(choice) && !none) {
            throw new InvalidParameter(choiceField, UNSUPPORTED_VALUE,
                    "Citebot calls no tools or functions: '" + choiceField + "' can only be \"none\"");
        }
        if (given(list) && !isEmptyList(list) && !none) {
            throw new InvalidParameter(listField, UNSUPPORTED_PARAMETER,
                    "Citebot calls no tools or functions: leave '" + listField + "' out, or set '" + choiceField
                            + "' to \"none\"");
        }
    }

    private static int positive(String field, JsonNode value, int absent) {
        if (!given(value)) {
            return absent;
        }
        return WholeNumbers.of(value, 1, Integer.MAX_VALUE).orElseThrow(
                () -> new InvalidParameter(field, INVALID_VALUE, WholeNumbers.rule(field, 1, Integer.MAX_VALUE)));
    }

    private static boolean isEmptyList(JsonNode value) {
        return value.isArray() && value.isEmpty();
    }

    private static boolean given(JsonNode value) {
        return value != null && !value.isNull();
    }
}
