package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.Durations;
import org.rawafid.config.Feed;
import org.rawafid.config.Source;
import org.rawafid.model.StoredItem;
import org.rawafid.search.Query;
import org.rawafid.search.QueryRunner;
import org.rawafid.search.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code rawafid search "QUERY"}: stored items matching a query (SPEC §4a), one per story, newest first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the stored items: words are ANDed, \"…\" is a phrase, OR joins alternatives, "
                + "-word excludes; Arabic spelling variants and clitics never matter.",
                "Prints time, source, title and link per hit. Exit 0 with hits, 1 with none, 2 on bad syntax."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Option(names = "--feed", paramLabel = "ID", description = "Search only this merged feed's sources.")
    String feed;
    @Option(names = "--since", paramLabel = "DURATION", description = "Only items published this recently (e.g. 48h).")
    String since;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;
    @Parameters(index = "0", paramLabel = "QUERY", description = "The search, e.g. '\"إلهام علييف\" OR بوتين -رياضة'.")
    String query;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit: must be at least 1, not " + limit);
        }
        Duration window = since == null ? null : Durations.parse(since.strip()).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--since: \"" + since + "\" is not a duration (use 48h)"));
        Optional<App> opened = config.openApp(spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        try (App app = opened.get()) {
            Query parsed;
            try {
                parsed = app.queryParser().parse(query);
            } catch (QuerySyntaxException e) {
                spec.commandLine().getErr().println("search: bad query: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
            List<StoredItem> hits = app.queryRunner().hits(new QueryRunner.Page(parsed, sourceIds(app.config()),
                    window == null ? null : app.clock().instant().minus(window), null, 0, limit, true));
            print(hits, app.config());
            return hits.isEmpty() ? 1 : 0;
        }
    }

    private List<String> sourceIds(Config c) {
        if (feed == null) {
            return c.sources().stream().map(Source::id).toList();
        }
        Feed f = c.feed(feed).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--feed: no feed with id \"" + feed + "\" in " + config.file));
        return c.sourcesOf(f).stream().map(Source::id).toList();
    }

    private void print(List<StoredItem> hits, Config c) {
        PrintWriter out = spec.commandLine().getOut();
        for (StoredItem hit : hits) {
            Instant at = hit.item().published().truncatedTo(ChronoUnit.SECONDS);
            String source = c.sources().stream().filter(s -> s.id().equals(hit.item().sourceId()))
                    .map(s -> s.title() != null ? s.title() : s.id()).findFirst().orElse(hit.item().sourceId());
            out.println(DateTimeFormatter.ISO_INSTANT.format(at) + "  " + source + "  " + hit.item().title()
                    + "  " + (hit.item().link() == null ? "" : hit.item().link()));
        }
        out.flush();
    }
}
