package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.refresh.RefreshListener;
import org.rawafid.store.Pruner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.InstantSource;
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
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        App app = App.open(loaded.get(), config.file, InstantSource.system(), RefreshListener.NONE);
        Pruner.Result r = app.prune(dryRun);
        spec.commandLine().getOut().printf("%s %d items and %d stories older than %s%n",
                r.dryRun() ? "would remove" : "removed", r.items(), r.stories(), loaded.get().service().retention());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
