package dev.citebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client will send (a bad request line, a NUL in the path,
 * headers of 100 KB, a body sent one byte at a time). Reads one response; the server may close after it.
 */
public final class RawHttp implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Socket socket;

    public RawHttp(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(60_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One response: its status, headers (names in lower case) and body. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** Sends the bytes as they are and reads the response. */
    public static Response exchange(int port, String request) {
        try (RawHttp raw = new RawHttp(port)) {
            raw.send(request);
            return raw.read();
        }
    }

    public RawHttp send(String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response: the status line, the headers, and the body by Content-Length, chunks or to the end. */
    public Response read() {
        try {
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            if (statusLine == null) {
                throw new UncheckedIOException(new IOException("the server closed the connection without a response"));
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line; (line = line(in)) != null && !line.isEmpty(); ) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            return new Response(status, headers, body(in, headers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an interim {@code 100 Continue}, which the server sends to a request with {@code Expect: 100-continue}
     * once its handler starts reading the body: from then on the request is being served.
     */
    public void awaitContinue() {
        try {
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            if (statusLine == null || !statusLine.contains(" 100")) {
                throw new IllegalStateException("expected 100 Continue, got " + statusLine);
            }
            while (!line(in).isEmpty()) {
                // an interim response has headers and no body
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the server has closed the connection (or says nothing more within the time given). */
    public boolean closedWithin(int millis) {
        try {
            socket.setSoTimeout(millis);
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String body(InputStream in, Map<String, String> headers) throws IOException {
        if (headers.containsKey("content-length")) {
            return new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int size; (size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) > 0; ) {
                out.write(in.readNBytes(size));
                line(in);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') {
                String s = out.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            out.write(b);
        }
        return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
