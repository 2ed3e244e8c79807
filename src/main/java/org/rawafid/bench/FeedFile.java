package org.rawafid.bench;

import java.util.Objects;

/**
 * One feed of a benchmark corpus, as served.
 *
 * @param name  file name, e.g. {@code f00001.rss.xml}
 * @param bytes the feed document
 */
public record FeedFile(String name, byte[] bytes) {
    public FeedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("feed file name must be a plain file name: " + name);
        }
    }

    /** A strong validator (RFC 9110 §8.8.3) derived from the bytes, so equal bytes give equal tags. */
    public String etag() {
        return "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "-" + bytes.length + "\"";
    }

    public String contentType() {
        return name.endsWith(".atom.xml") ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
    }
}
