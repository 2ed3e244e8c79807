package org.rawafid.config;

import java.util.Objects;

/**
 * One problem found in a configuration file, at a position a human can jump to.
 *
 * @param line   1-based line, or 0 when the problem concerns the whole file (e.g. it cannot be read)
 * @param column 1-based column, or 0 with {@code line}
 * @param path   the key path such as {@code sources[2].interval}, or empty for file-level problems
 */
public record ConfigError(String file, int line, int column, String path, String message) {
    public ConfigError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** The compiler-style line: {@code feeds.yml:14:7: sources[2].interval: "5 minutes" is not a duration (use 5m)}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
