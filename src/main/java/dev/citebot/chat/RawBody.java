package dev.citebot.chat;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body as the exact bytes sent, at most the limit even when sent chunked without a length (413). */
public final class RawBody {
    private RawBody() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request body could not be read");
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
    }
}
