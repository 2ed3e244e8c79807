package org.rawafid.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered response body, prepared once and served many times: the bytes, their gzip
 * form, a strong ETag (a hash of the bytes) and the Last-Modified time. Immutable.
 *
 * @param lastModified truncated to seconds, as HTTP dates carry no more
 * @param maxAge       for {@code Cache-Control: public, max-age=…}; zero for no caching
 */
public record Representation(byte[] body, byte[] gzipped, String etag, Instant lastModified, String contentType,
                             Duration maxAge) {
    public Representation {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(gzipped, "gzipped");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(maxAge, "maxAge");
    }

    public static Representation of(byte[] body, String contentType, Instant lastModified, Duration maxAge) {
        return new Representation(body, gzip(body), strongEtag(body), lastModified.truncatedTo(ChronoUnit.SECONDS),
                contentType, maxAge);
    }

    public static Representation text(String body, String contentType, Instant lastModified) {
        return of(body.getBytes(StandardCharsets.UTF_8), contentType, lastModified, Duration.ZERO);
    }

    static String strongEtag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
