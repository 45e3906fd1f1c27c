package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.citebot.collections.Upload;
import dev.citebot.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file parts of a multipart body, as browsers and curl send them. */
class MultipartTest {
    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    @Test
    void everyFilePartIsReadWithItsNameTypeAndExactBytesAndOtherPartsAreLeftOut() {
        byte[] binary = {0, 13, 10, 45, 45, (byte) 255};
        byte[] body = concat("--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nline one\r\nline two\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.pdf\"\r\n\r\n", binary,
                "\r\n--XyZ--\r\n");

        List<Upload> files = Multipart.files(TYPE, body);

        assertEquals(2, files.size());
        assertEquals("a.txt", files.get(0).fileName());
        assertEquals("text/plain", files.get(0).contentType());
        assertEquals("line one\r\nline two", new String(files.get(0).bytes(), StandardCharsets.UTF_8));
        assertEquals("b.pdf", files.get(1).fileName());
        assertArrayEquals(binary, files.get(1).bytes());
    }

    @Test
    void aQuotedBoundaryIsRead() {
        byte[] body = ("--a b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.md\"\r\n\r\n# X\r\n--a b--")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("# X", new String(Multipart.files("multipart/form-data; boundary=\"a b\"", body).get(0).bytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aBodyThatIsNotWellFormedIsA400() {
        for (String body : List.of("no boundary here", "--XyZ\r\nContent-Disposition: form-data; name=\"file\"",
                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nnever closed")) {
            assertEquals(400, assertThrows(ApiException.class,
                    () -> Multipart.files(TYPE, body.getBytes(StandardCharsets.UTF_8))).status().getCode());
        }
        assertEquals(400, assertThrows(ApiException.class,
                () -> Multipart.files("multipart/form-data", new byte[0])).status().getCode());
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
