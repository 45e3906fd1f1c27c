package dev.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.answer.Answer;
import dev.citebot.pipeline.NotReadyException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnswerWorkersTest {
    private static final Answer ANSWER = new Answer("On July 26. [1]", true, List.of(), List.of(), "extractive", 1);

    /** Completes with what the worker sent: the answer's text, or a notice. */
    private static final class Recorded implements AnswerWorkers.Reply {
        final CompletableFuture<String> sent = new CompletableFuture<>();

        @Override
        public void answer(Answer answer) {
            sent.complete("answer: " + answer.answer());
        }

        @Override
        public void notice(String text) {
            sent.complete("notice: " + text);
        }

        String await() throws Exception {
            return sent.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void theAnswerIsDeliveredFromAWorker() throws Exception {
        try (AnswerWorkers workers = new AnswerWorkers(question -> ANSWER, 1, 1)) {
            Recorded reply = new Recorded();

            assertTrue(workers.submit("When?", reply));

            assertEquals("answer: On July 26. [1]", reply.await());
        }
    }

    @Test
    void aQuestionAskedWhileIndexingIsToldToComeBack() throws Exception {
        try (AnswerWorkers workers = new AnswerWorkers(question -> {
            throw new NotReadyException();
        }, 1, 1)) {
            Recorded reply = new Recorded();
            workers.submit("When?", reply);

            assertEquals("notice: " + AnswerWorkers.STILL_INDEXING, reply.await());
        }
    }

    @Test
    void aFailingPipelineGetsAnApologyNotSilence() throws Exception {
        try (AnswerWorkers workers = new AnswerWorkers(question -> {
            throw new IllegalStateException("index corrupted at /secret/path");
        }, 1, 1)) {
            Recorded reply = new Recorded();
            workers.submit("When?", reply);

            assertEquals("notice: " + AnswerWorkers.FAILED, reply.await(), "no internals reach the chat");
        }
    }

    @Test
    void whenTheWorkersAndTheQueueAreFullTheNextQuestionIsRefusedAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (AnswerWorkers workers = new AnswerWorkers(question -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ANSWER;
        }, 1, 1)) {
            assertTrue(workers.submit("one", new Recorded()));
            assertTrue(workers.submit("two", new Recorded()));

            assertFalse(workers.submit("three", new Recorded()));
            assertFalse(workers.tell("usage", new Recorded()));
            release.countDown();
        }
    }
}
