package org.rawafid.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding} with the size limit applied to the OUTPUT, so a few
 * kilobytes of gzip that would inflate to a gigabyte stop at {@code maxBytes} without
 * ever allocating more than that (SPEC §5, "no decompression bombs").
 */
final class BodyDecoder {
    private static final int CHUNK = 16 * 1024;

    private BodyDecoder() {
    }

    /**
     * @param contentEncoding the header value, or {@code null} for identity
     * @throws IOException for an encoding we did not ask for, a corrupt stream, or too much output
     */
    static byte[] decode(String contentEncoding, byte[] raw, long maxBytes) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> readLimited(new GZIPInputStream(new ByteArrayInputStream(raw), CHUNK), maxBytes);
            case "deflate" -> inflate(raw, maxBytes);
            default -> throw new IOException("unsupported Content-Encoding " + encoding);
        };
    }

    // RFC 9110 §8.4.1.2 says "deflate" means zlib-wrapped, but some servers send raw
    // deflate (the old IIS quirk browsers tolerate), so fall back to that.
    private static byte[] inflate(byte[] raw, long maxBytes) throws IOException {
        try {
            return inflate(raw, maxBytes, false);
        } catch (ZipException notZlib) {
            return inflate(raw, maxBytes, true);
        }
    }

    private static byte[] inflate(byte[] raw, long maxBytes, boolean nowrap) throws IOException {
        Inflater inflater = new Inflater(nowrap);
        try {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw), inflater, CHUNK), maxBytes);
        } finally {
            inflater.end(); // a caller-supplied Inflater is not ended by close()
        }
    }

    private static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new BodyTooLargeException("decoded body", maxBytes);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException truncated) {
            throw new ZipException("truncated compressed body");
        }
    }
}
