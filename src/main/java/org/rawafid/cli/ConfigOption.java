package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigError;
import org.rawafid.config.ConfigException;
import org.rawafid.config.ConfigLoader;
import picocli.CommandLine.Option;

import org.rawafid.refresh.RefreshListener;

import java.io.PrintWriter;
import java.time.InstantSource;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code -c feeds.yml} option every command that reads the configuration shares. */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "feeds.yml",
            description = "Configuration file (default: ${DEFAULT-VALUE}).")
    Path file;

    /** Loads the file and opens its database for a one-shot command, or prints the errors and returns empty. */
    Optional<App> openApp(PrintWriter err) {
        return load(err).map(c -> App.open(c, file, InstantSource.system(), RefreshListener.NONE));
    }

    /** Loads the file, or prints every error as file:line:col: message and returns empty. */
    Optional<Config> load(PrintWriter err) {
        try {
            return Optional.of(new ConfigLoader().load(file));
        } catch (ConfigException e) {
            for (ConfigError error : e.errors()) {
                err.println(error);
            }
            err.flush();
            return Optional.empty();
        }
    }
}
