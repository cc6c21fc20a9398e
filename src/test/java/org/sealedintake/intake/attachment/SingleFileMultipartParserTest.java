package org.sealedintake.intake.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.ApiProblem;

class SingleFileMultipartParserTest {
    private static final String BOUNDARY = "----sealed-7f3a9c";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private final SingleFileMultipartParser parser = new SingleFileMultipartParser(64 * 1024);

    @Test
    void returnsTheBytesOfTheOneFilePartExactly() {
        // Content holding CR, LF and dashes that are not the delimiter must come back untouched.
        byte[] content = "\r\n--not-the-boundary\r\n\r\n\u0000\u00ff\r\n-".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = body(part("file", "shot.png", "image/png", content));
        assertArrayEquals(content, parser.readFile(CONTENT_TYPE, in(body)));
    }

    @Test
    void acceptsAQuotedBoundaryAPreambleAndAnEpilogue() {
        byte[] content = { 1, 2, 3 };
        byte[] body = cat(ascii("preamble text\r\n"), body(part("file", null, null, content)), ascii("epilogue"));
        assertArrayEquals(content, parser.readFile("Multipart/Form-Data; charset=utf-8; boundary=\"" + BOUNDARY + "\"",
                in(body)));
    }

    @Test
    void refusesMissingOrInvalidBoundaryInTheContentType() {
        byte[] body = body(part("file", "a.png", "image/png", new byte[] { 1 }));
        assertBad(() -> parser.readFile("multipart/form-data", in(body)));
        assertBad(() -> parser.readFile("multipart/form-data; boundary=", in(body)));
        assertBad(() -> parser.readFile("multipart/form-data; boundary=" + "x".repeat(71), in(body)));
        assertBad(() -> parser.readFile("multipart/form-data; boundary=bad\u0001chars", in(body)));
        assertBad(() -> parser.readFile("multipart/mixed; boundary=" + BOUNDARY, in(body)));
        assertBad(() -> parser.readFile(null, in(body)));
    }

    @Test
    void refusesABodyThatDoesNotUseTheDeclaredBoundary() {
        byte[] body = body(part("file", "a.png", "image/png", new byte[] { 1 }));
        assertBad(() -> parser.readFile("multipart/form-data; boundary=another-boundary", in(body)));
    }

    @Test
    void refusesTwoFileParts() {
        byte[] body = body(part("file", "a.png", "image/png", new byte[] { 1 }), part("file", "b.png", "image/png", new byte[] { 2 }));
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(body)));
    }

    @Test
    void refusesAnExtraFieldBesideTheFile() {
        byte[] body = body(part("file", "a.png", "image/png", new byte[] { 1 }), part("note", null, "text/plain", ascii("hi")));
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(body)));
    }

    @Test
    void refusesABodyWithoutTheFilePart() {
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(body(part("picture", "a.png", "image/png", new byte[] { 1 })))));
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(body())));
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(new byte[0])));
    }

    @Test
    void refusesATruncatedBodyWithoutTheClosingDelimiter() {
        byte[] full = body(part("file", "a.png", "image/png", new byte[] { 1, 2, 3 }));
        byte[] truncated = java.util.Arrays.copyOf(full, full.length - (BOUNDARY.length() + 8));
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(truncated)));
    }

    @Test
    void refusesPartsWithoutFormDataDispositionOrWithOverlongHeaders() {
        String noDisposition = "--" + BOUNDARY + "\r\nContent-Type: image/png\r\n\r\nxx\r\n--" + BOUNDARY + "--\r\n";
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(ascii(noDisposition))));
        String attachment = "--" + BOUNDARY + "\r\nContent-Disposition: attachment; name=\"file\"\r\n\r\nxx\r\n--" + BOUNDARY + "--\r\n";
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(ascii(attachment))));
        String longHeader = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\nX-Pad: "
                + "p".repeat(SingleFileMultipartParser.MAX_PART_HEADER_BYTES) + "\r\n\r\nxx\r\n--" + BOUNDARY + "--\r\n";
        assertBad(() -> parser.readFile(CONTENT_TYPE, in(ascii(longHeader))));
    }

    @Test
    void refusesAnOversizeBodyWith413AsSoonAsTheLimitIsPassed() {
        SingleFileMultipartParser small = new SingleFileMultipartParser(1000);
        CountingEndlessStream endless = new CountingEndlessStream();
        ApiProblem p = assertThrows(ApiProblem.class, () -> small.readFile(CONTENT_TYPE, endless));
        assertEquals(413, p.status());
        // It stopped reading within one buffer of the limit instead of draining the stream.
        assertTrue(endless.read <= 1000 + 64 * 1024, "read " + endless.read + " bytes");
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        byte[] head = body(part("file", "a.bin", "image/png", new byte[0]));
        int room = 64 * 1024 - head.length;
        byte[] body = body(part("file", "a.bin", "image/png", new byte[room]));
        assertEquals(64 * 1024, body.length);
        assertEquals(room, parser.readFile(CONTENT_TYPE, in(body)).length);
        byte[] oneMore = body(part("file", "a.bin", "image/png", new byte[room + 1]));
        assertEquals(413, assertThrows(ApiProblem.class, () -> parser.readFile(CONTENT_TYPE, in(oneMore))).status());
    }

    private static void assertBad(org.junit.jupiter.api.function.Executable call) {
        ApiProblem p = assertThrows(ApiProblem.class, call);
        assertEquals(400, p.status());
        assertEquals("invalid-multipart", p.type());
    }

    static byte[] part(String name, String filename, String type, byte[] content) {
        StringBuilder h = new StringBuilder("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (filename != null) {
            h.append("; filename=\"").append(filename).append('"');
        }
        h.append("\r\n");
        if (type != null) {
            h.append("Content-Type: ").append(type).append("\r\n");
        }
        h.append("\r\n");
        return cat(ascii(h.toString()), content, ascii("\r\n"));
    }

    static byte[] body(byte[]... parts) {
        return cat(cat(parts), ascii("--" + BOUNDARY + "--\r\n"));
    }

    private static byte[] cat(byte[]... parts) {
        return TestImages.concat(parts);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static InputStream in(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    /** An endless body that counts what was taken from it. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = Math.min(len, 4096);
            read += n;
            return n;
        }
    }
}
