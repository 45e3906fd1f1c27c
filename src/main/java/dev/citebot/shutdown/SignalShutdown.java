package dev.citebot.shutdown;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * On SIGTERM or SIGINT: drain and stop (the given action), then exit with status 0. A plain shutdown hook
 * would drain too, but the JVM would then exit 143, which service managers report as a failure.
 */
public final class SignalShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(SignalShutdown.class);

    private SignalShutdown() {
    }

    public static void install(Runnable stop) {
        Runnable once = new Once(stop);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    LOG.info("SIG{} received: draining requests in flight, then exiting", name);
                    once.run();
                    System.exit(0);
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                LOG.warn("cannot handle SIG{} ({}); stopping through a shutdown hook instead", name, e.getMessage());
                Runtime.getRuntime().addShutdownHook(new Thread(once, "citebot-shutdown"));
            }
        }
    }

    /** Runs its action the first time only (both signals, or a signal and a hook, may arrive). */
    private static final class Once implements Runnable {
        private final Runnable action;
        private boolean done;

        Once(Runnable action) {
            this.action = action;
        }

        @Override
        public synchronized void run() {
            if (!done) {
                done = true;
                action.run();
            }
        }
    }
}
