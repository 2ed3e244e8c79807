package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
    private static final String SOURCE = "sources:\n  - id: a\n    url: https://a.example/rss\n";
    private static final String FEED = "feeds:\n  - id: all\n    title: الكل\n    sources: [a]\n";

    private final ConfigLoader loader = new ConfigLoader();

    @TempDir
    Path dir;

    static Stream<Arguments> oneErrorEach() {
        return Stream.of(
                Arguments.of("bad YAML syntax", "service:\n  port: 8080\n   bind: x\n",
                        "feeds.yml:3:8: invalid YAML: mapping values are not allowed here"),
                Arguments.of("unclosed quote", "service:\n  bind: \"x\n",
                        "feeds.yml:3:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar)"),
                Arguments.of("unknown key with suggestion", "defaults:\n  intervall: 15m\n",
                        "feeds.yml:2:3: defaults.intervall: unknown key (did you mean \"interval\"?)"),
                Arguments.of("unknown top-level key", "feed:\n  - id: x\n",
                        "feeds.yml:1:1: feed: unknown key (did you mean \"feeds\"?)"),
                Arguments.of("unknown key far from any", "service:\n  colour: red\n",
                        "feeds.yml:2:3: service.colour: unknown key (known keys: port, bind, baseUrl, database, "
                                + "retention, userAgent, hub, allowPrivateNetworks)"),
                Arguments.of("bad duration", SOURCE + "    interval: 5 minutes\n",
                        "feeds.yml:4:15: sources[0].interval: \"5 minutes\" is not a duration (use 5m)"),
                Arguments.of("bare number as duration", "defaults:\n  timeout: 20\n",
                        "feeds.yml:2:12: defaults.timeout: \"20\" is not a duration (use 20s)"),
                Arguments.of("interval too short", SOURCE + "    interval: 10s\n",
                        "feeds.yml:4:15: sources[0].interval: 10s is out of range (30s..7d)"),
                Arguments.of("interval too long", "defaults:\n  interval: 8d\n",
                        "feeds.yml:2:13: defaults.interval: 8d is out of range (30s..7d)"),
                Arguments.of("bad size", "defaults:\n  maxBytes: 5mb\n",
                        "feeds.yml:2:13: defaults.maxBytes: \"5mb\" is not a size (use 5MB)"),
                Arguments.of("size too small", SOURCE + "    maxBytes: 100\n",
                        "feeds.yml:4:15: sources[0].maxBytes: 100 is too small (at least 1024 bytes)"),
                Arguments.of("bad id", "sources:\n  - id: Al_Jazeera\n    url: https://a.example/\n",
                        "feeds.yml:2:9: sources[0].id: \"Al_Jazeera\" is not a valid id (use lowercase a-z, digits "
                                + "and -, starting with a letter or digit)"),
                Arguments.of("duplicate source id", SOURCE + "  - id: a\n    url: https://b.example/\n",
                        "feeds.yml:4:9: sources[1].id: duplicate source id \"a\" (first used at line 2)"),
                Arguments.of("duplicate feed id", SOURCE + FEED + "  - id: all\n    title: x\n    tags: [news]\n",
                        "feeds.yml:8:9: feeds[1].id: duplicate feed id \"all\" (first used at line 5)"),
                Arguments.of("feed naming an unknown source", SOURCE + FEED.replace("[a]", "[a, b]"),
                        "feeds.yml:7:18: feeds[0].sources[1]: unknown source \"b\" (did you mean \"a\"?)"),
                Arguments.of("feed naming a source that has another error reports only that error",
                        SOURCE.replace("https:", "ftp:") + FEED,
                        "feeds.yml:3:10: sources[0].url: must be http, https or file"),
                Arguments.of("feed selecting nothing", SOURCE + "feeds:\n  - id: all\n    title: x\n",
                        "feeds.yml:5:5: feeds[0]: selects no source (list source ids in sources:, tags in tags:, or give a query:)"),
                Arguments.of("bad url scheme", "sources:\n  - id: a\n    url: ftp://a.example/rss\n",
                        "feeds.yml:3:10: sources[0].url: must be http, https or file"),
                Arguments.of("url without scheme", "sources:\n  - id: a\n    url: a.example/rss\n",
                        "feeds.yml:3:10: sources[0].url: must be http, https or file"),
                Arguments.of("missing url", "sources:\n  - id: a\n",
                        "feeds.yml:2:5: sources[0]: missing required key \"url\""),
                Arguments.of("bad dedupe value", SOURCE + FEED + "    dedupe: fuzzy\n",
                        "feeds.yml:8:13: feeds[0].dedupe: \"fuzzy\" is not a dedupe mode (use story or exact)"),
                Arguments.of("limit out of range", SOURCE + FEED + "    limit: 0\n",
                        "feeds.yml:8:12: feeds[0].limit: 0 is out of range (1..1000)"),
                Arguments.of("a JDBC URL other than PostgreSQL", "service:\n  database: jdbc:mysql://db/rawafid\n",
                        "feeds.yml:2:13: service.database: a JDBC URL must be jdbc:postgresql://HOST[:PORT]/DATABASE"),
                Arguments.of("list where a map belongs", "service:\n  - port: 80\n",
                        "feeds.yml:2:3: service: expected a map, found a list"),
                Arguments.of("map where a list belongs", "sources:\n  id: a\n",
                        "feeds.yml:2:3: sources: expected a list, found a map"),
                Arguments.of("scalar where a list belongs", SOURCE + "    tags: news\n",
                        "feeds.yml:4:11: sources[0].tags: expected a list, found a single value (write [news])"),
                Arguments.of("bad boolean", "service:\n  allowPrivateNetworks: yes please\n",
                        "feeds.yml:2:25: service.allowPrivateNetworks: \"yes please\" is not true or false"),
                Arguments.of("port not a number", "service:\n  port: http\n",
                        "feeds.yml:2:9: service.port: \"http\" is not a whole number"),
                Arguments.of("relative baseUrl", "service:\n  baseUrl: /rawafid\n",
                        "feeds.yml:2:12: service.baseUrl: must be an absolute http or https URL"),
                Arguments.of("duplicate key", "service:\n  port: 1\n  port: 2\n",
                        "feeds.yml:3:3: service.port: duplicate key (first given at line 2)"),
                Arguments.of("bad CSS selector", SOURCE + "    extract:\n      content: \"div[\"\n",
                        "feeds.yml:5:16: sources[0].extract.content: invalid CSS selector \"div[\": "),
                Arguments.of("unknown source type", SOURCE + "    type: rss\n",
                        "feeds.yml:4:11: sources[0].type: \"rss\" is not a source type (use feed, sitemap, html or telegram)"),
                Arguments.of("select on a feed source", SOURCE + "    select:\n      item: div\n",
                        "feeds.yml:5:7: sources[0].select: applies only to type: html (this source is type: feed)"),
                Arguments.of("bad select selector", SOURCE + "    type: html\n    select:\n      item: \"div.card[[[\"\n",
                        "feeds.yml:6:13: sources[0].select.item: invalid CSS selector \"div.card[[[\": "),
                Arguments.of("select without item", SOURCE + "    type: html\n    select:\n      title: h3\n",
                        "feeds.yml:6:7: sources[0].select: missing required key \"item\""),
                Arguments.of("unknown select key", SOURCE + "    type: html\n    select:\n      item: li\n      headline: h3\n",
                        "feeds.yml:7:7: sources[0].select.headline: unknown key"),
                Arguments.of("unknown rank", SOURCE + FEED + "    rank: popular\n",
                        "feeds.yml:8:11: feeds[0].rank: \"popular\" is not a ranking (use recent or coverage)"),
                Arguments.of("coverage with a query", SOURCE + FEED + "    query: غزة\n    rank: coverage\n",
                        "feeds.yml:9:11: feeds[0].rank: coverage cannot be combined with query: yet (drop one of them)"),
                Arguments.of("bad window", SOURCE + FEED + "    window: a day\n",
                        "feeds.yml:8:13: feeds[0].window: \"a day\" is not a duration"),
                Arguments.of("bad language", SOURCE + "    language: arabic language\n",
                        "feeds.yml:4:15: sources[0].language: \"arabic language\" is not a language tag "
                                + "(use e.g. ar or ar-EG)"),
                Arguments.of("root is a list", "- a\n- b\n",
                        "feeds.yml:1:1: expected a map, found a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneErrorEach")
    void reportsEachKindOfErrorWithFileLineColumnAndPath(String name, String yaml, String expected) {
        List<String> errors = errorsOf(yaml);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith(expected);
    }

    @Test
    void reportsEveryErrorNotJustTheFirstInFileOrder() {
        String yaml = "service:\n  port: 0\n  colour: red\nsources:\n  - id: A\n    url: gopher://x\n"
                + "    interval: 1s\nfeeds:\n  - id: f\n    title: t\n    sources: [nope]\n";

        List<String> errors = errorsOf(yaml);

        assertThat(errors).hasSize(6);
        assertThat(errors).extracting(e -> e.split(": ")[1]).containsExactly("service.port", "service.colour",
                "sources[0].id", "sources[0].url", "sources[0].interval", "feeds[0].sources[0]");
    }

    @Test
    void emptyFileGivesDefaultsAndNoSourcesOrFeeds() throws Exception {
        Config config = loader.load(Path.of("feeds.yml"), new byte[0]);

        assertThat(config).isEqualTo(new Config(Service.DEFAULT, Defaults.DEFAULT, List.of(), List.of()));
    }

    @Test
    void loadsTheFullSpecExampleWithDefaultsApplied() throws Exception {
        Path file = Path.of("src/test/resources/config/spec-example.yml");

        Config config = loader.load(file);

        assertThat(config.service()).isEqualTo(new Service(8080, "127.0.0.1", URI.create("http://localhost:8080"),
                "data/rawafid.db", Duration.ofDays(30), "Rawafid/1.0 (+https://example.org/rawafid)",
                URI.create("https://hub.example.org/"), false));
        assertThat(config.defaults()).isEqualTo(new Defaults(Duration.ofMinutes(15), Duration.ofSeconds(20),
                5L * 1024 * 1024));
        assertThat(config.sources()).containsExactly(
                new Source("alqahera", URI.create("https://alqaheranews.net/rss.xml"), "القاهرة الإخبارية",
                        Duration.ofMinutes(10), Duration.ofSeconds(20), 5L * 1024 * 1024, "ar",
                        List.of("egypt", "news"), true, false,
                        new Source.Extract("div.article-body", List.of(".share", ".related"))),
                new Source("qahera-web", URI.create("https://alqaheranews.net/news"), null, Duration.ofMinutes(15),
                        Duration.ofSeconds(20), 5L * 1024 * 1024, null, List.of(), true, true, null,
                        Source.Type.HTML, new Source.Select("div.card", "h3", "h3 a", "time", "p.teaser", "img")),
                new Source("local", file.toAbsolutePath().getParent().resolve("fixtures/local.xml").toUri(), null,
                        Duration.ofHours(2), Duration.ofMinutes(1), 512L * 1024, null, List.of(), false, true, null));
        assertThat(config.feeds()).containsExactly(new Feed("arabic-news", "أخبار عربية",
                "آخر الأخبار من مصادر عربية مختارة", List.of("alqahera"), List.of("news"), List.of("بوتين"),
                List.of("رياضة"), Feed.Dedupe.STORY, 50, Duration.ofDays(7), "\"إلهام علييف\" OR بوتين -رياضة",
                Feed.Rank.RECENT, Duration.ofHours(24)),
                new Feed("local-only", "محلي", "", List.of("local"), List.of(), List.of(), List.of(),
                        Feed.Dedupe.EXACT, 1000, null),
                new Feed("top", "الأبرز", "", List.of("alqahera", "qahera-web"), List.of(), List.of(), List.of(),
                        Feed.Dedupe.STORY, 50, null, null, Feed.Rank.COVERAGE, Duration.ofHours(12)));
        assertThat(config.sourcesOf(config.feed("top").orElseThrow())).hasSize(2);
    }

    @Test
    void loadsTheShippedFeedsYml() throws Exception {
        Config config = loader.load(Path.of("feeds.yml"));

        assertThat(config.sources()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(config.feeds()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(config.feeds()).allSatisfy(f -> assertThat(config.sourcesOf(f)).as(f.id()).isNotEmpty());
        assertThat(config.service().database()).isEqualTo("data/rawafid.db");
        assertThat(Files.readString(Path.of("feeds.yml")))
                .startsWith("# yaml-language-server: $schema=./feeds.schema.json\n");
    }

    @Test
    void takesAPostgresqlUrlOrAFilePathAsTheDatabase() throws Exception {
        Path pg = dir.resolve("pg.yml");
        Files.writeString(pg, "service:\n  database: jdbc:postgresql://db.internal:5432/rawafid?ssl=true\n");
        Path file = dir.resolve("file.yml");
        Files.writeString(file, "service:\n  database: /var/lib/rawafid/rawafid.db\n");

        assertThat(loader.load(pg).service().database()).isEqualTo("jdbc:postgresql://db.internal:5432/rawafid?ssl=true");
        assertThat(loader.load(file).service().database()).isEqualTo("/var/lib/rawafid/rawafid.db");
    }

    @Test
    void namesTheFileAsGivenAndSaysWhenItIsMissing() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.load(dir.resolve("absent.yml")));

        assertThat(e.getMessage()).isEqualTo(dir.resolve("absent.yml") + ": no such file");
    }

    @Test
    void acceptsAByteOrderMarkAndYamlAnchors() throws Exception {
        String yaml = "\uFEFFsources:\n  - id: a\n    url: https://a.example/\n    tags: &common [news, egypt]\n"
                + "  - id: b\n    url: https://b.example/\n    tags: *common\n";

        Config config = loader.load(Path.of("feeds.yml"), yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(config.source("b").orElseThrow().tags()).containsExactly("news", "egypt");
    }

    @Test
    void rejectsMoreThanOneDocument() {
        assertThat(errorsOf("service:\n  port: 1\n---\nservice:\n  port: 2\n")).singleElement()
                .asString().startsWith("feeds.yml:3:1: invalid YAML: expected a single document in the stream, but found another document");
    }

    @Test
    void rejectsInvalidUtf8() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(file));

        assertThat(e.errors()).singleElement().hasToString(file + ": is not valid UTF-8");
    }

    @Test
    void messageJoinsAllErrorLines() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.load(Path.of("feeds.yml"), "service:\n  port: 0\n  bind: \"\"\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(e.getMessage()).isEqualTo("feeds.yml:2:9: service.port: 0 is out of range (1..65535)\n"
                + "feeds.yml:3:9: service.bind: must not be blank");
    }

    private List<String> errorsOf(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.load(Path.of("feeds.yml"), yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected a ConfigException for:\n" + yaml).isNotNull();
        return e.errors().stream().map(ConfigError::toString).toList();
    }
}
