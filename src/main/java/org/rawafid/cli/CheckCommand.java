package org.rawafid.cli;

import org.rawafid.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate feeds.yml; print every error as file:line:col: message. Exit 0 if valid, 1 if not.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        Config c = loaded.get();
        spec.commandLine().getOut().printf("%s: ok (%d sources, %d feeds)%n", config.file, c.sources().size(),
                c.feeds().size());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
