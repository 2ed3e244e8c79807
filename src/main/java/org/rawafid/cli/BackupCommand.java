package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.refresh.RefreshListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent copy of the database to FILE, also while the service runs.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Parameters(paramLabel = "FILE", description = "Where to write the copy (must not exist).")
    Path target;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        App app = App.open(loaded.get(), config.file, InstantSource.system(), RefreshListener.NONE);
        try {
            app.database().backupTo(target);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("backup: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().println("backup: wrote " + target.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
