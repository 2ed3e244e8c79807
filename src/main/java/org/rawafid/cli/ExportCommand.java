package org.rawafid.cli;

import org.rawafid.App;
import org.rawafid.LiveConfig;
import org.rawafid.config.Config;
import org.rawafid.config.Feed;
import org.rawafid.publish.Format;
import org.rawafid.publish.StoryKey;
import org.rawafid.web.SiteCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every merged feed as DIR/{id}.rss, .atom, .json, .html, plus DIR/index.html, "
                + "DIR/sources.opml and DIR/stories/{key}.html, .json for every story the feeds link.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output folder (created).")
    Path dir;
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
        try {
            return write(app, c);
        } catch (IOException e) {
            throw new Failures.CommandFailure("cannot write to " + dir + " (" + Failures.reason(e)
                    + "): choose a writable folder with -o", e);
        }
    }

    private int write(App app, Config c) throws IOException {
        SiteCatalog catalog = new SiteCatalog(app, new LiveConfig(c), null, null);
        Files.createDirectories(dir);
        int files = 0;
        for (Feed feed : c.feeds()) {
            for (Format format : Format.values()) {
                byte[] body = catalog.feed(feed.id(), format.extension(), null).orElseThrow().body();
                Files.write(dir.resolve(feed.id() + "." + format.extension()), body);
                files++;
            }
        }
        files += writeStories(app, c, catalog);
        Files.write(dir.resolve("index.html"), catalog.index("").body());
        Files.write(dir.resolve("sources.opml"), catalog.opml().body());
        spec.commandLine().getOut().printf("export: wrote %d files to %s%n", files + 2, dir);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The story pages the exported feeds link (SPEC §8a), at the same paths as when served. */
    private int writeStories(App app, Config c, SiteCatalog catalog) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Feed feed : c.feeds()) {
            app.assembler().page(c, feed, null).entries().stream().filter(e -> e.storyUrl() != null)
                    .forEach(e -> StoryKey.ofGuid(e.id()).ifPresent(keys::add));
        }
        int files = 0;
        for (String key : keys) {
            for (Format format : List.of(Format.HTML, Format.JSON)) {
                Optional<byte[]> body = catalog.story(key, format.extension()).map(r -> r.body());
                if (body.isPresent()) {
                    Files.createDirectories(dir.resolve("stories"));
                    Files.write(dir.resolve("stories").resolve(key + "." + format.extension()), body.get());
                    files++;
                }
            }
        }
        return files;
    }
}
