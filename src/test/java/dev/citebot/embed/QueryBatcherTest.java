package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryBatcherTest {
    /** A model whose first call waits until released, so that questions pile up behind it; it records batch sizes. */
    static final class HeldModel implements Function<List<String>, List<float[]>> {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch firstCallStarted = new CountDownLatch(1);
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<float[]> apply(List<String> texts) {
            batches.add(texts.size());
            firstCallStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }
    }

    /** One thread per asker, as the server's request threads. */
    private final ExecutorService askers = Executors.newCachedThreadPool();

    @AfterEach
    void stopAskers() {
        askers.shutdownNow();
    }

    private List<CompletableFuture<float[]>> askAll(QueryBatcher batcher, List<String> questions) {
        return questions.stream().map(q -> CompletableFuture.supplyAsync(() -> batcher.embed(q), askers)).toList();
    }

    private static void awaitQueued(QueryBatcher batcher, int n) {
        Poll.until(Duration.ofSeconds(10), n + " questions waiting", batcher::waiting, waiting -> waiting >= n);
        assertEquals(n, batcher.waiting());
    }

    @Test
    void aQuestionAskedAloneIsEmbeddedAtOnceAsABatchOfOne() {
        HeldModel model = new HeldModel();
        model.release.countDown();
        QueryBatcher batcher = new QueryBatcher(model, 2, 8);
        assertEquals(3f, batcher.embed("abc")[0]);
        assertEquals(List.of(1), model.batches);
    }

    @Test
    void aQuestionAskedAloneIsEmbeddedOnTheAskingThread() {
        List<Thread> callers = Collections.synchronizedList(new ArrayList<>());
        QueryBatcher batcher = new QueryBatcher(texts -> {
            callers.add(Thread.currentThread());
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }, 2, 8);
        batcher.embed("abc");
        assertEquals(List.of(Thread.currentThread()), callers);
    }

    @Test
    void neverMoreModelCallsAtOnceThanThreads() throws Exception {
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        QueryBatcher batcher = new QueryBatcher(texts -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5); // a model call that takes a while, so that calls can overlap: what is tested
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }, 2, 4);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            questions.add("q".repeat(i + 1));
        }
        List<CompletableFuture<float[]>> answers = askAll(batcher, questions);
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(i + 1f, answers.get(i).get(10, TimeUnit.SECONDS)[0]);
        }
        assertTrue(most.get() <= 2, "at most two model calls at a time, saw " + most.get());
    }

    @Test
    void questionsWaitingForTheModelShareOneCallAndEachGetsItsOwnVector() throws Exception {
        HeldModel model = new HeldModel();
        QueryBatcher batcher = new QueryBatcher(model, 1, 8);
        CompletableFuture<float[]> first = CompletableFuture.supplyAsync(() -> batcher.embed("x"), askers);
        assertTrue(model.firstCallStarted.await(10, TimeUnit.SECONDS));
        List<String> questions = List.of("aa", "bbb", "cccc", "ddddd", "eeeeee");
        List<CompletableFuture<float[]>> rest = askAll(batcher, questions);
        awaitQueued(batcher, questions.size());
        model.release.countDown();
        assertEquals(1f, first.get(10, TimeUnit.SECONDS)[0]);
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(questions.get(i).length(), rest.get(i).get(10, TimeUnit.SECONDS)[0]);
        }
        assertEquals(List.of(1, 5), model.batches);
    }

    @Test
    void aBatchNeverHoldsMoreThanTheLimit() throws Exception {
        HeldModel model = new HeldModel();
        QueryBatcher batcher = new QueryBatcher(model, 1, 2);
        CompletableFuture<float[]> first = CompletableFuture.supplyAsync(() -> batcher.embed("x"), askers);
        assertTrue(model.firstCallStarted.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<float[]>> rest = askAll(batcher, List.of("a", "b", "c", "d", "e"));
        awaitQueued(batcher, 5);
        model.release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<float[]> f : rest) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(1, 2, 2, 1), model.batches);
    }

    @Test
    void whenTheModelFailsEveryQuestionOfTheBatchGetsTheError() {
        QueryBatcher batcher = new QueryBatcher(texts -> {
            throw new IllegalStateException("model gone");
        }, 1, 8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> batcher.embed("q"));
        assertEquals("model gone", e.getMessage());
    }
}
