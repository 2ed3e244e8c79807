package org.rawafid.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command failure is one line on stderr naming the file or value and what to do, exit 1 (failure) or
 * 2 (usage), and never a stack trace unless {@code --verbose} (SPEC §3; issue 13 measured traces for each).
 */
class CliFailuresTest {
    @TempDir
    static Path dir;

    private static Path config;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path configWithDatabase(String name, String database) {
        return write(name, "service:\n  database: " + database + "\nsources:\n  - id: a\n    url: https://a.example/rss\n"
                + "feeds:\n  - id: all\n    title: الكل\n    sources: [a]\n");
    }

    @BeforeEach
    void setUp() {
        config = configWithDatabase("feeds.yml", dir.resolve("data/r.db").toString());
    }

    /** name, arguments (built once the temporary folder exists), exit code, what the one line must name. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("similar --pairs of a missing file", (Function<Path, List<String>>) d ->
                        List.of("similar", "--pairs", d.resolve("missing.csv").toString()), 1, "missing.csv: no such file"),
                Arguments.of("similar --pairs with an unknown label", (Function<Path, List<String>>) d ->
                        List.of("similar", "--pairs", write("labels.csv", "أ,ب,maybe\n").toString()), 1,
                        "unknown label \"maybe\""),
                Arguments.of("export to a folder that cannot be made", (Function<Path, List<String>>) d ->
                        List.of("export", "-c", config.toString(), "-o", "/proc/nope"), 1, "cannot write to /proc/nope"),
                Arguments.of("backup to a place that cannot be written", (Function<Path, List<String>>) d ->
                        List.of("backup", "-c", config.toString(), "/proc/x.db"), 1, "/proc/x.db"),
                Arguments.of("serve --port out of range", (Function<Path, List<String>>) d ->
                        List.of("serve", "-c", config.toString(), "--port", "99999"), 2, "--port 99999"),
                Arguments.of("serve --port not a number", (Function<Path, List<String>>) d ->
                        List.of("serve", "-c", config.toString(), "--port", "http"), 2, "http"),
                Arguments.of("check -c of a folder", (Function<Path, List<String>>) d ->
                        List.of("check", "-c", d.toString() + "/"), 1, "is a folder, not a file"),
                Arguments.of("a database file that is not SQLite", (Function<Path, List<String>>) d ->
                        List.of("stories", "-c", configWithDatabase("notdb.yml",
                                write("junk.db", "this is not a database, just text ".repeat(200)).toString()).toString()),
                        1, "not a SQLite database"),
                Arguments.of("a database whose folder is a file", (Function<Path, List<String>>) d ->
                        List.of("prune", "-c", configWithDatabase("blocked.yml",
                                write("afile", "x") + "/r.db").toString()), 1, "afile"),
                Arguments.of("import-opml of a missing file", (Function<Path, List<String>>) d ->
                        List.of("import-opml", d.resolve("absent.opml").toString()), 1, "absent.opml"),
                Arguments.of("an unknown option", (Function<Path, List<String>>) d ->
                        List.of("fetch", "--colour"), 2, "--colour"),
                Arguments.of("an unknown log format", (Function<Path, List<String>>) d ->
                        List.of("check", "-c", config.toString(), "--log-format", "xml"), 2, "xml"),
                Arguments.of("a backup over an existing file", (Function<Path, List<String>>) d ->
                        List.of("backup", "-c", config.toString(), config.toString()), 1, "exists; not overwriting"),
                Arguments.of("an unknown command", (Function<Path, List<String>>) d ->
                        List.of("fecth"), 2, "unknown command or argument 'fecth'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWithOneLineThatNamesTheValue(String name, Function<Path, List<String>> args, int code, String names) {
        CliRun r = run(args.apply(dir).toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().strip().lines().toList()).as("stderr").hasSize(1);
        assertThat(r.err()).contains(names).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void servingOnAPortInUseSaysSoInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = run("serve", "-c", config.toString(), "--bind", "127.0.0.1", "--port",
                    Integer.toString(taken.getLocalPort()));

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip().lines().toList()).hasSize(1);
            assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("address already in use").contains("--port").doesNotContain("Exception");
        }
    }

    @Test
    void verbosePrintsTheStackTraceToo() {
        List<String> args = new ArrayList<>(List.of("similar", "--verbose", "--pairs", dir.resolve("gone.csv").toString()));

        CliRun r = run(args.toArray(String[]::new));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().findFirst().orElseThrow()).contains("gone.csv: no such file");
        assertThat(r.err()).contains("NoSuchFileException").contains("\tat ");
    }
}
