package dev.citebot.chat;

import dev.citebot.answer.Answer;
import dev.citebot.pipeline.NotReadyException;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.Question;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers chat questions off the request thread, so that Slack and Mattermost get their acknowledgement within
 * three seconds however slow the answer. A few workers and a bounded queue: when both are full the request is
 * refused at once rather than piling up.
 */
public final class AnswerWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerWorkers.class);
    static final String STILL_INDEXING = "The documents are still being indexed; please ask again in a minute.";
    static final String FAILED = "Sorry, something went wrong while answering; the error has been logged.";

    /** Where an answer goes: a chat message, a stored rating. Delivery failures are thrown to be logged. */
    public interface Reply {
        void answer(Answer answer) throws Exception;

        void notice(String text) throws Exception;
    }

    private final Answerer answerer;
    private final ThreadPoolExecutor executor;

    public AnswerWorkers(Answerer answerer, int workers, int queueSize) {
        this.answerer = answerer;
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueSize), daemonThreads());
    }

    /** Queues the question; false when too many are waiting already. */
    public boolean submit(String question, Reply reply) {
        return submit(Question.of(question), reply);
    }

    /** Queues the question with its conversation; false when too many are waiting already. */
    public boolean submit(Question question, Reply reply) {
        try {
            executor.execute(() -> answer(question, reply));
            return true;
        } catch (RejectedExecutionException busy) {
            LOG.warn("too many chat questions waiting ({}); refused one", executor.getQueue().size());
            return false;
        }
    }

    /** Sends one of Citebot's own messages from a worker, so that the request thread never waits on the network. */
    public boolean tell(String text, Reply reply) {
        try {
            executor.execute(() -> deliver(() -> reply.notice(text)));
            return true;
        } catch (RejectedExecutionException busy) {
            return false;
        }
    }

    private void answer(Question question, Reply reply) {
        Answer answer;
        try {
            answer = answerer.ask(question);
        } catch (NotReadyException e) {
            deliver(() -> reply.notice(STILL_INDEXING));
            return;
        } catch (RuntimeException e) {
            LOG.error("answering a chat question failed", e);
            deliver(() -> reply.notice(FAILED));
            return;
        }
        deliver(() -> reply.answer(answer));
    }

    private interface Delivery {
        void run() throws Exception;
    }

    private static void deliver(Delivery delivery) {
        try {
            delivery.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the message only: a response_url in a stack trace would be a credential in the log
            LOG.warn("could not deliver a chat reply: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "citebot-chat-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
