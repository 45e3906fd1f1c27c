package dev.citebot.api;

import dev.citebot.collections.Upload;
import dev.citebot.http.ApiException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code file} parts of a {@code multipart/form-data} body already read whole (and bounded) into memory:
 * their file names, content types and bytes. Other parts are ignored; a body that is not well formed is a 400.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private Multipart() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static List<Upload> files(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw malformed("it has no boundary");
        }
        byte[] delimiter = ("--" + (m.group(2) != null ? m.group(2) : m.group(3))).getBytes(StandardCharsets.US_ASCII);
        byte[] next = ("\r\n" + new String(delimiter, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw malformed("its boundary is not in it");
        }
        List<Upload> files = new ArrayList<>();
        int position = at + delimiter.length;
        while (true) {
            if (position + 2 <= body.length && body[position] == '-' && body[position + 1] == '-') {
                return files; // the closing delimiter
            }
            int headersEnd = indexOf(body, HEADERS_END, position);
            if (headersEnd < 0) {
                throw malformed("a part has no end of headers");
            }
            String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
            int start = headersEnd + HEADERS_END.length;
            int end = indexOf(body, next, start);
            if (end < 0) {
                throw malformed("a part has no closing boundary");
            }
            part(headers, Arrays.copyOfRange(body, start, end), files);
            position = end + next.length;
        }
    }

    private static void part(String headers, byte[] content, List<Upload> files) {
        String disposition = header(headers, "content-disposition");
        Matcher name = NAME.matcher(disposition);
        if (!name.find() || !name.group(1).equals("file")) {
            return;
        }
        Matcher filename = FILENAME.matcher(disposition);
        files.add(new Upload(filename.find() ? filename.group(1) : "", header(headers, "content-type"), content));
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(wanted)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "";
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static ApiException malformed(String why) {
        return new ApiException(HttpStatus.BAD_REQUEST, "the multipart body is not well formed: " + why);
    }
}
