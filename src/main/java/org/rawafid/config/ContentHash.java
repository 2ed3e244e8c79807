package org.rawafid.config;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file held when it was read: its bytes, or the error reading them, with a digest that
 * identifies either. A touch or a re-save of identical text yields an equal digest, so it does not
 * count as a change.
 */
final class ContentHash {
    private final byte[] bytes;
    private final ConfigException error;
    private final String digest;

    private ContentHash(byte[] bytes, ConfigException error, String digest) {
        this.bytes = bytes;
        this.error = error;
        this.digest = digest;
    }

    static ContentHash of(Path file) {
        try {
            byte[] content = ConfigLoader.read(file);
            return new ContentHash(content, null, sha256(content));
        } catch (ConfigException e) {
            return new ContentHash(null, e, "error:" + e.getMessage());
        }
    }

    /** The bytes read; empty when reading failed (see {@link #error()}). */
    Optional<byte[]> bytes() {
        return Optional.ofNullable(bytes);
    }

    Optional<ConfigException> error() {
        return Optional.ofNullable(error);
    }

    boolean isSameAs(ContentHash other) {
        return other != null && other.digest.equals(digest);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
