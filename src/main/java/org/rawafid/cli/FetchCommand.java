package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.Source;
import org.rawafid.model.SourceState;
import org.rawafid.refresh.RefreshListener;
import org.rawafid.refresh.RefreshReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Pull every (or the named) source once now, then print a table. Exit 0 if all succeeded, 1 if any failed.")
final class FetchCommand implements Callable<Integer> {
    /** Sources run side by side; the fetcher still allows at most 2 requests per host. */
    private static final int PARALLEL = 8;

    @Mixin
    ConfigOption config;
    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Source ids (default: every enabled source).")
    List<String> only = new ArrayList<>();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Config> loaded = config.load(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        Config c = loaded.get();
        List<Source> sources = new ArrayList<>();
        for (String id : only) {
            Optional<Source> s = c.source(id);
            if (s.isEmpty()) {
                err.println("fetch: no source with id \"" + id + "\" in " + config.file);
                err.flush();
                return 2;
            }
            sources.add(s.get());
        }
        if (only.isEmpty()) {
            c.sources().stream().filter(Source::enabled).forEach(sources::add);
        }
        App app = App.open(c, config.file, InstantSource.system(), RefreshListener.NONE);
        List<RefreshReport> reports = new ArrayList<>();
        if (only.isEmpty()) {
            // A source the publisher removed (410) stays off until named: fetching it again would only fail again.
            for (Source s : List.copyOf(sources)) {
                app.states().find(s.id()).filter(SourceState::isDisabled).ifPresent(state -> {
                    sources.remove(s);
                    reports.add(new RefreshReport(s.id(), "disabled", state.httpStatus(), Duration.ZERO, null));
                });
            }
        }
        boolean terminal = System.console() != null;
        ProgressBar bar = new ProgressBar(System.err, terminal, sources.size());
        if (terminal) {
            // The bar and the table say what the per-fetch info lines would; keep warnings.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.rawafid.fetch.log"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, Math.max(1, sources.size())));
        try {
            List<Future<RefreshReport>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> {
                    bar.started(s.id());
                    RefreshReport r = app.refresher().refresh(s);
                    bar.finished(s.id());
                    return r;
                }));
            }
            for (Future<RefreshReport> f : futures) {
                reports.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        bar.clear();
        FetchTable.print(reports, spec.commandLine().getOut());
        long disabled = reports.stream().filter(r -> r.outcome().equals("disabled")).count();
        if (disabled > 0) {
            err.println("fetch: skipped " + disabled + " source(s) disabled after HTTP 410 Gone;"
                    + " name one (rawafid fetch ID) to try it again");
            err.flush();
        }
        return reports.stream().anyMatch(RefreshReport::isFailure) ? 1 : 0;
    }
}
