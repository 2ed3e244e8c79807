package org.rawafid.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.select.QueryParser;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code sources:} list, applying {@code defaults:} and checking that ids are unique. */
final class SourceReader {
    private final ErrorList errors;
    private final Defaults defaults;
    private final Path baseDir;
    private final Set<String> declaredIds = new HashSet<>();

    SourceReader(ErrorList errors, Defaults defaults, Path baseDir) {
        this.errors = errors;
        this.defaults = defaults;
        this.baseDir = baseDir;
    }

    List<Source> readAll(Node node) {
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Node> items = YamlNodes.items(node, "sources", errors);
        for (int i = 0; i < items.size(); i++) {
            YamlMap m = YamlMap.open(items.get(i), "sources[" + i + "]", errors, KnownKeys.SOURCE);
            read(m).ifPresent(s -> {
                Integer previous = firstLine.putIfAbsent(s.id(), lineOf(m, "id"));
                if (previous == null) {
                    sources.add(s);
                } else {
                    m.valid(false, "id", "duplicate source id \"" + s.id() + "\" (first used at line " + previous + ")");
                }
            });
        }
        return sources;
    }

    /**
     * Every well-formed id in {@code sources:}, including those of sources with other errors, so a
     * feed naming them is not also reported as naming an unknown source.
     */
    Set<String> declaredIds() {
        return Set.copyOf(declaredIds);
    }

    private Optional<Source> read(YamlMap m) {
        Optional<String> id = m.require("id") ? Ids.read(m, "id") : Optional.empty();
        id.ifPresent(declaredIds::add);
        Optional<java.net.URI> url = m.require("url") ? Urls.source(m, "url", baseDir) : Optional.empty();
        Source.Extract extract = extract(YamlMap.open(m.node("extract").orElse(null), m.child("extract"),
                errors, KnownKeys.EXTRACT));
        Source.Type type = type(m).orElse(Source.Type.FEED);
        Source.Select select = select(m, type);
        Source source = new Source(id.orElse("invalid"), url.orElse(baseDir.toUri()),
                m.nonBlank("title").orElse(null),
                ServiceReader.interval(m).orElse(defaults.interval()),
                ServiceReader.timeout(m).orElse(defaults.timeout()),
                ServiceReader.maxBytes(m).orElse(defaults.maxBytes()),
                m.string("language").filter(l -> m.valid(KnownKeys.LANGUAGE.matcher(l).matches(), "language",
                        Durations.quote(l) + " is not a language tag (use e.g. ar or ar-EG)")).orElse(null),
                m.strings("tags"), m.bool("enabled").orElse(true), m.bool("fullText").orElse(false),
                m.node("extract").isPresent() ? extract : null, type, select);
        return id.isPresent() && url.isPresent() ? Optional.of(source) : Optional.empty();
    }

    private static Optional<Source.Type> type(YamlMap m) {
        return m.string("type").flatMap(s -> switch (s) {
            case "feed", "sitemap", "html", "telegram" -> Optional.of(Source.Type.valueOf(s.toUpperCase(Locale.ROOT)));
            default -> m.fail("type", Durations.quote(s) + " is not a source type (use feed, sitemap, html or telegram)");
        });
    }

    /** {@code select:} is read only for listing pages; anywhere else it is an error rather than ignored. */
    private Source.Select select(YamlMap parent, Source.Type type) {
        if (parent.node("select").isEmpty()) {
            return null;
        }
        if (type != Source.Type.HTML) {
            parent.valid(false, "select", "applies only to type: html (this source is type: " + type.key() + ")");
            return null;
        }
        YamlMap m = YamlMap.open(parent.node("select").orElse(null), parent.child("select"), errors, KnownKeys.SELECT);
        Optional<String> item = m.require("item") ? m.nonBlank("item") : Optional.empty();
        List<Optional<String>> parts = new ArrayList<>();
        for (String key : KnownKeys.SELECT) {
            Optional<String> css = m.nonBlank(key).filter(c -> isSelector(m, key, c));
            parts.add(css);
        }
        return item.isPresent() && parts.get(0).isPresent()
                ? new Source.Select(item.get(), parts.get(1).orElse(null), parts.get(2).orElse(null),
                        parts.get(3).orElse(null), parts.get(4).orElse(null), parts.get(5).orElse(null))
                : null;
    }

    private Source.Extract extract(YamlMap m) {
        String content = m.nonBlank("content").filter(css -> isSelector(m, "content", css)).orElse(null);
        List<String> remove = m.strings("remove");
        for (int i = 0; i < remove.size(); i++) {
            isSelector(m, "remove", remove.get(i));
        }
        return new Source.Extract(content, remove);
    }

    /** Checked now with jsoup's own parser, so a typo fails at load rather than on the first full-text fetch. */
    private static boolean isSelector(YamlMap m, String key, String css) {
        try {
            QueryParser.parse(css);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return m.valid(false, key, "invalid CSS selector " + Durations.quote(css) + ": " + e.getMessage());
        }
    }

    private static int lineOf(YamlMap m, String key) {
        return m.node(key).map(n -> n.getStartMark().getLine() + 1).orElse(0);
    }
}
