package org.sealedintake.intake.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.sealedintake.common.ApiProblem;

/**
 * A small, strict {@code multipart/form-data} reader that keeps everything in memory. Quarkus' own
 * multipart support writes file parts to a temporary directory; an upload must never rest
 * unencrypted on disk, so the body is read here, bounded, instead.
 *
 * <p>Accepted: exactly one part, named {@code file}, with a Content-Disposition of {@code form-data}.
 * The part's declared Content-Type and file name are ignored (the content is judged later). Refused
 * with 413 as soon as more than {@code maxBodyBytes} have been read; anything else unexpected is 400.
 */
public final class SingleFileMultipartParser {
    /** The one part name accepted. */
    public static final String FILE_PART = "file";
    /** Largest header block of the part. */
    static final int MAX_PART_HEADER_BYTES = 8 * 1024;

    private static final byte[] CRLF = { '\r', '\n' };
    private static final byte[] HEADER_END = { '\r', '\n', '\r', '\n' };
    private static final String BCHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ";

    private final long maxBodyBytes;

    /** @param maxBodyBytes the most this parser reads from a body; more is refused with 413. */
    public SingleFileMultipartParser(long maxBodyBytes) {
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes out of range");
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Reads the body and returns the bytes of its one {@code file} part. */
    public byte[] readFile(String contentType, InputStream body) {
        byte[] boundary = boundaryOf(contentType);
        byte[] data = readBounded(body);
        return filePart(data, boundary);
    }

    static byte[] boundaryOf(String contentType) {
        if (contentType == null) {
            throw malformed("The request needs a multipart/form-data Content-Type with a boundary.");
        }
        String[] params = contentType.split(";");
        if (!params[0].trim().equalsIgnoreCase("multipart/form-data")) {
            throw malformed("The request needs a multipart/form-data Content-Type with a boundary.");
        }
        String boundary = null;
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("boundary")) {
                if (boundary != null) {
                    throw malformed("The Content-Type names more than one boundary.");
                }
                boundary = unquote(p.substring(eq + 1).trim());
            }
        }
        // RFC 2046 section 5.1.1: 1 to 70 characters from bchars, not ending with a space.
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")
                || !boundary.chars().allMatch(c -> BCHARS.indexOf(c) >= 0)) {
            throw malformed("The multipart boundary is missing or invalid.");
        }
        return ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] readBounded(InputStream in) {
        byte[] buf = new byte[64 * 1024];
        int len = 0;
        try {
            while (true) {
                if (len == buf.length) {
                    if (len > maxBodyBytes) {
                        throw tooLarge();
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxBodyBytes + 1));
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
                if (len > maxBodyBytes) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new ApiProblem(400, "upload-incomplete", "Upload incomplete", "The request body could not be read completely.");
        }
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }

    private static byte[] filePart(byte[] data, byte[] dashBoundary) {
        // The first delimiter: at the start, or after a preamble ending in CRLF.
        int pos;
        if (startsWith(data, 0, dashBoundary)) {
            pos = dashBoundary.length;
        } else {
            int found = indexOf(data, concat(CRLF, dashBoundary), 0);
            if (found < 0) {
                throw malformed("The body does not contain the boundary named in the Content-Type.");
            }
            pos = found + CRLF.length + dashBoundary.length;
        }
        byte[] delimiter = concat(CRLF, dashBoundary);
        byte[] content = null;
        while (true) {
            if (startsWith(data, pos, new byte[] { '-', '-' })) {
                break;
            }
            pos = skipTransportPadding(data, pos);
            if (!startsWith(data, pos, CRLF)) {
                throw malformed("A multipart delimiter is not followed by a line break.");
            }
            pos += CRLF.length;
            int headersEnd = indexOf(data, HEADER_END, pos, pos + MAX_PART_HEADER_BYTES);
            if (headersEnd < 0) {
                throw malformed("A part's headers are missing, unterminated or too long.");
            }
            String name = partName(new String(data, pos, headersEnd - pos, StandardCharsets.ISO_8859_1));
            int bodyStart = headersEnd + HEADER_END.length;
            int bodyEnd = indexOf(data, delimiter, bodyStart);
            if (bodyEnd < 0) {
                throw malformed("The body ends before the closing boundary.");
            }
            if (!FILE_PART.equals(name) || content != null) {
                throw malformed("The body must hold exactly one part, named 'file'.");
            }
            content = Arrays.copyOfRange(data, bodyStart, bodyEnd);
            pos = bodyEnd + delimiter.length;
        }
        if (content == null) {
            throw malformed("The body must hold exactly one part, named 'file'.");
        }
        return content;
    }

    /** The {@code name} of a part from its headers; refuses parts that are not form-data. */
    private static String partName(String headerBlock) {
        String disposition = null;
        for (String line : headerBlock.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(" ") || line.startsWith("\t")) {
                throw malformed("A part has a malformed header line.");
            }
            if (line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                if (disposition != null) {
                    throw malformed("A part has more than one Content-Disposition.");
                }
                disposition = line.substring(colon + 1).trim();
            }
        }
        if (disposition == null) {
            throw malformed("A part has no Content-Disposition.");
        }
        String[] params = disposition.split(";");
        if (!params[0].trim().equalsIgnoreCase("form-data")) {
            throw malformed("A part is not form-data.");
        }
        String name = null;
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("name")) {
                name = unquote(p.substring(eq + 1).trim());
            }
        }
        if (name == null) {
            throw malformed("A part has no name.");
        }
        return name;
    }

    private static int skipTransportPadding(byte[] data, int pos) {
        while (pos < data.length && (data[pos] == ' ' || data[pos] == '\t')) {
            pos++;
        }
        return pos;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        return at >= 0 && at + prefix.length <= data.length
                && Arrays.equals(data, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        return indexOf(data, needle, from, data.length);
    }

    /** First index of {@code needle} starting in [from, limit), or -1. */
    private static int indexOf(byte[] data, byte[] needle, int from, int limit) {
        int last = Math.min(limit, data.length - needle.length);
        byte first = needle[0];
        for (int i = from; i <= last; i++) {
            if (data[i] == first && Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "upload-too-large", "Content too large",
                "The upload is larger than this service accepts.");
    }

    private static ApiProblem malformed(String detail) {
        return new ApiProblem(400, "invalid-multipart", "Invalid multipart body", detail);
    }
}
