package org.rawafid.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used, with every problem found in it (not just the first),
 * so an admin can fix them all in one edit.
 */
public final class ConfigException extends Exception {
    private final transient List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super(format(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ConfigException(ConfigError error, Throwable cause) {
        super(error.toString(), cause);
        this.errors = List.of(error);
    }

    /** The problems in file order; never empty. */
    public List<ConfigError> errors() {
        return errors;
    }

    private static String format(List<ConfigError> errors) {
        return errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }
}
