package dev.citebot.api;

import dev.citebot.collections.Upload;
import dev.citebot.http.ApiException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Promise;

/**
 * The {@code file} parts of a {@code multipart/form-data} body already read whole (and bounded, by
 * {@link dev.citebot.http.BoundedBody}) into memory: their file names, content types and bytes. Jetty's parser reads
 * them from those bytes, every part kept in memory (the body's bound is theirs). Other parts are ignored; a body
 * that is not well formed is a 400.
 */
final class Multipart {
    private Multipart() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static List<Upload> files(String contentType, byte[] body) {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw malformed("it has no boundary");
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxMemoryFileSize(Long.MAX_VALUE); // never to disk: the body is in memory already
        CompletableFuture<MultiPartFormData.Parts> parsed = new CompletableFuture<>();
        parser.parse(Content.Source.from(ByteBuffer.wrap(body)), Promise.Invocable.toPromise(parsed));
        try (MultiPartFormData.Parts parts = parsed.get()) {
            List<Upload> files = new ArrayList<>();
            for (MultiPart.Part part : parts.getAll("file")) {
                String type = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
                files.add(new Upload(part.getFileName() == null ? "" : part.getFileName(), type == null ? "" : type,
                        bytes(Content.Source.asByteBuffer(part.getContentSource()))));
            }
            return files;
        } catch (ExecutionException e) {
            throw malformed(e.getCause() == null ? "it cannot be read" : e.getCause().getMessage());
        } catch (IOException e) {
            throw malformed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "the server is stopping");
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static ApiException malformed(String why) {
        return new ApiException(HttpStatus.BAD_REQUEST, "the multipart body is not well formed: " + why);
    }
}
