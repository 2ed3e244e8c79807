package org.rawafid.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem of one load, so the admin sees them all at once, in file order. */
final class ErrorList {
    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();

    ErrorList(String file) {
        this.file = file;
    }

    void add(Node at, String path, String message) {
        add(at.getStartMark(), path, message);
    }

    void add(Mark at, String path, String message) {
        // SnakeYAML marks are 0-based; editors and compilers count from 1.
        int line = at == null ? 0 : at.getLine() + 1;
        int column = at == null ? 0 : at.getColumn() + 1;
        errors.add(new ConfigError(file, line, column, path, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() throws ConfigException {
        if (!errors.isEmpty()) {
            List<ConfigError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
            throw new ConfigException(sorted);
        }
    }
}
