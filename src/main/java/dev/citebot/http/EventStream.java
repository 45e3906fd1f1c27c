package dev.citebot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A response sent as Server-Sent Events, each written and flushed at once. Nothing is sent until the first event,
 * so a request that fails before it still gets an ordinary JSON error with its status.
 */
public final class EventStream {
    private final Context ctx;
    private OutputStream out;

    public EventStream(Context ctx) {
        this.ctx = ctx;
    }

    /** {@code event: NAME} and {@code data: JSON}. */
    public void send(String event, Object data) {
        write("event: " + event + "\ndata: " + json(data) + "\n\n");
    }

    /** An unnamed event, as the OpenAI protocol sends them: {@code data: TEXT}. */
    public void data(String data) {
        write("data: " + data + "\n\n");
    }

    public String json(Object data) {
        try {
            return Json.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write an event as JSON", e);
        }
    }

    public boolean started() {
        return out != null;
    }

    private void write(String text) {
        try {
            if (out == null) {
                ctx.status(200);
                ctx.res().setContentType("text/event-stream; charset=utf-8");
                ctx.res().setHeader("Cache-Control", "no-cache");
                ctx.res().setHeader("X-Accel-Buffering", "no");
                out = ctx.res().getOutputStream();
            }
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }
}
