package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.Durations;
import org.rawafid.config.Feed;
import org.rawafid.config.Source;
import org.rawafid.dedupe.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "The multi-outlet stories found, with their items and similarity scores.")
final class StoriesCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Option(names = "--feed", paramLabel = "ID", description = "Only stories among this merged feed's sources.")
    String feed;
    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "48h",
            description = "How far back to look (default: ${DEFAULT-VALUE}; units s m h d).")
    String since;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<App> opened = config.openApp(spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 1;
        }
        App app = opened.get();
        Config c = app.config();
        Duration window = parseDuration(since);
        List<String> sourceIds = List.of();
        if (feed != null) {
            Feed f = c.feed(feed).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no feed with id \"" + feed + "\" in " + config.file));
            sourceIds = c.sourcesOf(f).stream().map(Source::id).toList();
        }
        List<StoryView> stories = app.stories().multiOutletStories(app.clock().instant().minus(window), sourceIds);
        PrintWriter out = spec.commandLine().getOut();
        for (StoryView story : stories) {
            out.println(story.guid() + "  (" + story.items().size() + " reports)");
            for (StoryView.Item m : story.items()) {
                out.printf("  %.3f  %-16s %s  %s%n", m.score(), m.sourceId(), m.published(), m.title());
                if (m.link() != null) {
                    out.println("         " + m.link());
                }
            }
        }
        out.printf("%d multi-outlet stories since %s%n", stories.size(), since);
        out.flush();
        return 0;
    }

    private Duration parseDuration(String text) {
        return Durations.parse(text.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--since: \"" + text + "\" is not a duration (use 48h)"));
    }
}
