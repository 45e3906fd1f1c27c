package dev.citebot.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Calls the model within a deadline, on the caller's thread as far as the caller can tell: a streamed reply's
 * pieces are handed over through a queue, so checking and sending them never happen on the HTTP client's thread.
 */
final class ModelCall {
    /** The model failed, answered too late, or not at all. */
    static final class Failed extends Exception {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Object DONE = new Object();

    private final ChatModel plain;
    private final StreamingChatModel streaming;
    private final Duration timeout;
    private final ExecutorService executor;

    ModelCall(ChatModel plain, StreamingChatModel streaming, Duration timeout, ExecutorService executor) {
        this.plain = plain;
        this.streaming = streaming;
        this.timeout = timeout;
        this.executor = executor;
    }

    String reply(List<ChatMessage> messages) throws Failed {
        return reply(messages, new TokenMeter());
    }

    /** The reply's text; the tokens the model reports for it go to {@code meter}. */
    String reply(List<ChatMessage> messages, TokenMeter meter) throws Failed {
        CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(
                () -> plain.chat(ChatRequest.builder().messages(messages).build()), executor);
        try {
            ChatResponse response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            meter.add(response.tokenUsage());
            String text = response.aiMessage().text();
            if (text == null || text.isBlank()) {
                throw new Failed("the model's reply was empty", null);
            }
            return text;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Failed("the model did not reply within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new Failed("the model failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while waiting for the model", e);
        }
    }

    /**
     * Hands each piece of the reply to {@code pieces} as it arrives, until the reply ends or the deadline passes;
     * the tokens the model reports at the end go to {@code meter}.
     */
    void stream(List<ChatMessage> messages, Consumer<String> pieces, TokenMeter meter) throws Failed {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        try {
            streaming.chat(ChatRequest.builder().messages(messages).build(), handler(queue, handle, meter));
        } catch (RuntimeException e) {
            throw new Failed("the model failed: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Object next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    cancel(handle.get());
                    throw new Failed("the model did not finish its reply within " + timeout.toSeconds() + " s", null);
                }
                if (next == DONE) {
                    return;
                }
                if (next instanceof Throwable error) {
                    throw new Failed("the model failed: " + error.getMessage(), error);
                }
                pieces.accept((String) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel(handle.get());
            throw new Failed("interrupted while waiting for the model", e);
        }
    }

    private static StreamingChatResponseHandler handler(BlockingQueue<Object> queue,
                                                        AtomicReference<StreamingHandle> handle, TokenMeter meter) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                handle.set(context.streamingHandle());
                queue.add(partial.text());
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                meter.add(response.tokenUsage());
                queue.add(DONE);
            }

            @Override
            public void onError(Throwable error) {
                queue.add(error);
            }
        };
    }

    private static void cancel(StreamingHandle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }
}
