package dev.citebot.http;

import io.javalin.http.HttpStatus;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads a JSON request body with its checks: the content type must be JSON (415), the body at most the
 * limit even when sent chunked without a length (413), all of it within the read time (408), and it must
 * parse (400). A question route's body is read {@linkplain #readFirst(Context) before the question is admitted},
 * so that a client sending it slowly holds a server thread for at most the read time, and never an answer slot.
 */
public final class JsonBody {
    /** Bodies declared up to this many times the limit are read and dropped before the 413 (see below). */
    private static final long DRAIN_FACTOR = 8;
    private static final String READ = "citebot.body";

    private final ObjectMapper mapper;
    private final long maxBytes;
    private final Duration readTime;

    public JsonBody(ObjectMapper mapper, long maxBytes) {
        this(mapper, maxBytes, Duration.ofSeconds(10));
    }

    public JsonBody(ObjectMapper mapper, long maxBytes, Duration readTime) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
        this.readTime = readTime;
    }

    /**
     * Reads a JSON body now, bounded in size and time, and keeps it for {@link #read}. Anything else is left
     * unread: {@link #read} refuses it (415) without reading it.
     */
    public void readFirst(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                && ctx.attribute(READ) == null) {
            ctx.attribute(READ, bounded(ctx));
        }
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request body as application/json");
        }
        byte[] read = ctx.attribute(READ);
        byte[] body = read != null ? read : bounded(ctx);
        if (body.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request body is empty; send a JSON object");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "the request body must be a JSON object");
            }
            return value;
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this endpoint");
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request body could not be read");
        }
    }

    private byte[] bounded(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            drainIfModest(ctx, declared);
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
        }
        long deadline = System.nanoTime() + readTime.toNanos();
        EndPoint connection = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint();
        long idleTimeout = connection.getIdleTimeout();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            // A client that stops sending is cut at the deadline by the connection's idle timeout; one that
            // trickles is cut between two reads.
            for (int n; (n = readBefore(deadline, connection, idleTimeout, in, buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) {
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
        connection.setIdleTimeout(idleTimeout > 0 ? Math.min(idleTimeout, left) : left);
        return in.read(buffer);
    }

    private ApiException tooSlow(Context ctx) {
        ctx.header("Connection", "close"); // the rest of the body may still be arriving
        return new ApiException(HttpStatus.REQUEST_TIMEOUT, "the request body did not arrive within " + readTime.toSeconds() + " s");
    }

    /** The read time ran out between two reads. */
    private static final class SlowBody extends IOException {
        SlowBody() {
            super("the request body was not read in time");
        }
    }

    /**
     * Reads and drops a body declared too large, when it is at most a few times the limit, before the 413 goes
     * out. Otherwise the server would close the connection with the body still arriving, and the client's
     * system, on that reset, may drop the 413 before the client reads it: the client would see a broken
     * connection instead of the error. Larger bodies are refused without reading them.
     */
    private void drainIfModest(Context ctx, long declared) {
        if (declared > DRAIN_FACTOR * maxBytes) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException gone) {
            // the client stopped sending; the 413 is still the answer
        }
    }
}
