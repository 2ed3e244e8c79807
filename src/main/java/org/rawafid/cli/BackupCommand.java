package org.rawafid.cli;

import org.rawafid.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
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
        Optional<App> app = config.openApp(spec.commandLine().getErr());
        if (app.isEmpty()) {
            return 1;
        }
        try {
            app.get().database().backupTo(target);
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
