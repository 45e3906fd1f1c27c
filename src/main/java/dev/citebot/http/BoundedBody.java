package dev.citebot.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;

/**
 * Reads a request body as the exact bytes sent, bounded for every front door (JSON, Slack's and Mattermost's
 * forms): at most the limit even when sent chunked without a length (413), all of it within the read time (408).
 * A client sending slowly holds a server thread for at most the read time.
 */
public final class BoundedBody {
    /** Bodies up to this many times the limit are read and dropped before the 413 (see {@link #drain}). */
    private static final long DRAIN_FACTOR = 8;

    private final long maxBytes;
    private final Duration readTime;

    /**
     * A read that fails this close to the deadline was cut for being slow (408), whatever the exception says: the
     * connection's idle timeout, set to the time left, may fire a little early and fail the read without naming a
     * timeout (seen once in CI: a body that stopped half-way got 400 instead of 408).
     */
    static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    public BoundedBody(long maxBytes, Duration readTime) {
        this.maxBytes = maxBytes;
        this.readTime = readTime;
    }

    public byte[] read(Context ctx) {
        long deadline = System.nanoTime() + readTime.toNanos();
        EndPoint connection = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint();
        long idleTimeout = connection.getIdleTimeout();
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                if (declared <= DRAIN_FACTOR * maxBytes) {
                    drain(in, deadline, connection, idleTimeout);
                }
                throw tooLarge();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            // A client that stops sending is cut at the deadline by the connection's idle timeout; one that
            // trickles is cut between two reads.
            for (int n; (n = readBefore(deadline, connection, idleTimeout, in, buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    drain(in, deadline, connection, idleTimeout);
                    throw tooLarge();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= -DEADLINE_SLACK_NANOS || timedOut(e)) {
                throw tooSlow(ctx);
            }
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request body could not be read");
        } finally {
            connection.setIdleTimeout(idleTimeout);
        }
    }

    private int readBefore(long deadline, EndPoint connection, long idleTimeout, InputStream in, byte[] buffer)
            throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SlowBody();
        }
        // Jetty counts the idle timeout from the connection's last activity, not from now: the time it has been
        // idle is added, so that the timeout fires at the deadline and not before it (1 ms for the rounding).
        long untilDeadline = left + 1 + (connection instanceof IdleTimeout idle ? idle.getIdleFor() : 0);
        connection.setIdleTimeout(idleTimeout > 0 ? Math.min(idleTimeout, untilDeadline) : untilDeadline);
        return in.read(buffer);
    }

    /**
     * Whether the connection's idle timeout, set to the time left, cut a read that was waiting: a body too slow,
     * not a broken one.
     */
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads and drops the rest of a body too large, when it is at most a few times the limit and arrives within
     * the read time, before the 413 goes out. Otherwise the server would close the connection with the body still
     * arriving, and the client's system, on that reset, may drop the 413 before the client reads it: the client
     * would see a broken connection instead of the error. Larger bodies are refused without reading them.
     */
    private void drain(InputStream in, long deadline, EndPoint connection, long idleTimeout) {
        long dropped = 0;
        byte[] buffer = new byte[8192];
        try {
            for (int n; dropped <= DRAIN_FACTOR * maxBytes
                    && (n = readBefore(deadline, connection, idleTimeout, in, buffer)) != -1; ) {
                dropped += n;
            }
        } catch (IOException gone) {
            // the client stopped sending, or too slowly; the 413 is still the answer
        }
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
    }

    private ApiException tooSlow(Context ctx) {
        ctx.header("Connection", "close"); // the rest of the body may still be arriving
        return new ApiException(HttpStatus.REQUEST_TIMEOUT,
                "the request body did not arrive within " + readTime.toSeconds() + " s");
    }

    /** The read time ran out between two reads. */
    private static final class SlowBody extends IOException {
        SlowBody() {
            super("the request body was not read in time");
        }
    }
}
