package org.rawafid.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One feed of a benchmark corpus, as served: its bytes in memory, or in a file ({@link #onDisk}),
 * so that a large corpus served by {@link FeedServer} does not sit in the heap of the process
 * being measured — real feeds live on other machines, and 2,000 feeds are ~220 MB.
 */
public final class FeedFile {
    private final String name;
    private final byte[] bytes;
    private final Path file;
    private final long length;
    private final String etag;

    /**
     * @param name  file name, e.g. {@code f00001.rss.xml}
     * @param bytes the feed document
     */
    public FeedFile(String name, byte[] bytes) {
        this(name, Objects.requireNonNull(bytes, "bytes"), null, bytes);
    }

    private FeedFile(String name, byte[] bytes, Path file, byte[] content) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("feed file name must be a plain file name: " + name);
        }
        this.name = name;
        this.bytes = bytes;
        this.file = file;
        this.length = content.length;
        // A strong validator (RFC 9110 §8.8.3) derived from the bytes, so equal bytes give equal tags.
        this.etag = "\"" + Integer.toHexString(Arrays.hashCode(content)) + "-" + content.length + "\"";
    }

    /** The feed {@code content}, written to {@code file} (named {@code name}) and read from there when served. */
    static FeedFile onDisk(String name, Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot write " + file, e);
        }
        return new FeedFile(name, null, file, content);
    }

    /** A feed already in {@code file}; read once for its validator. */
    static FeedFile onDisk(Path file) {
        try {
            return new FeedFile(file.getFileName().toString(), null, file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot read " + file, e);
        }
    }

    public String name() {
        return name;
    }

    /** The feed document (read from its file each time when on disk). */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot read " + file, e);
        }
    }

    public long length() {
        return length;
    }

    /** Writes the document to {@code out} (from the file through a small buffer when on disk). */
    void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
        } else {
            Files.copy(file, out);
        }
    }

    public String etag() {
        return etag;
    }

    public String contentType() {
        return name.endsWith(".atom.xml") ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
    }
}
