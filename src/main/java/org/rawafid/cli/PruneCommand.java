package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.store.Pruner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Remove items older than service.retention, and stories left empty. Safe while the service runs.")
final class PruneCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Option(names = "--dry-run", description = "Only count what would be removed.")
    boolean dryRun;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<App> app = config.openApp(spec.commandLine().getErr());
        if (app.isEmpty()) {
            return 1;
        }
        Pruner.Result r = app.get().prune(dryRun);
        spec.commandLine().getOut().printf("%s %d items and %d stories older than %s%n",
                r.dryRun() ? "would remove" : "removed", r.items(), r.stories(), app.get().config().service().retention());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
