package dev.citebot.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Reads a JSON request body with its checks: the content type must be JSON (415), the body at most the
 * limit even when sent chunked without a length (413), and it must parse (400).
 */
public final class JsonBody {
    /** Bodies declared up to this many times the limit are read and dropped before the 413 (see below). */
    private static final long DRAIN_FACTOR = 8;

    private final ObjectMapper mapper;
    private final long maxBytes;

    public JsonBody(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send the request body as application/json");
        }
        byte[] body = bounded(ctx);
        if (body.length == 0) {
            throw new ApiException(400, "the request body is empty; send a JSON object");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, "the request body must be a JSON object");
            }
            return value;
        } catch (JacksonException e) {
            throw new ApiException(400, "the request body is not valid JSON for this endpoint");
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read");
        }
    }

    private byte[] bounded(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            drainIfModest(ctx, declared);
            throw new ApiException(413, "the request body is larger than " + maxBytes + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new ApiException(413, "the request body is larger than " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read");
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
