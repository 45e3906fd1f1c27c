package dev.citebot.http;

import io.javalin.http.HttpStatus;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a JSON request body with its checks: the content type must be JSON (415), the body within the
 * {@link BoundedBody} bounds (413, 408), and it must parse (400). A question route's body is read {@linkplain #readFirst(Context) before the question is admitted},
 * so that a client sending it slowly holds a server thread for at most the read time, and never an answer slot.
 */
public final class JsonBody {
    private static final String READ = "citebot.body";

    private final ObjectMapper mapper = Json.mapper();
    private final BoundedBody bytes;

    /** A body of at most {@code maxBytes}, read within ten seconds. */
    public JsonBody(long maxBytes) {
        this(new BoundedBody(maxBytes, Duration.ofSeconds(10)));
    }

    public JsonBody(BoundedBody bytes) {
        this.bytes = bytes;
    }

    /**
     * Reads a JSON body now, bounded in size and time, and keeps it for {@link #read}. Anything else is left
     * unread: {@link #read} refuses it (415) without reading it.
     */
    public void readFirst(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                && ctx.attribute(READ) == null) {
            ctx.attribute(READ, bytes.read(ctx));
        }
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request body as application/json");
        }
        byte[] read = ctx.attribute(READ);
        byte[] body = read != null ? read : bytes.read(ctx);
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
}
