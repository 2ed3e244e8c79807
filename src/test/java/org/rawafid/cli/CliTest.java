package org.rawafid.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void checkAcceptsTheShippedFeedsYml() {
        CliRun r = run("check", "-c", "feeds.yml");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("feeds.yml: ok");
    }

    @Test
    void checkPrintsEveryErrorWithLineAndColumnAndExitsOne() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, """
                sources:
                  - id: a
                    url: https://example.org/a.rss
                    intervall: 10m
                  - id: b
                    url: https://example.org/b.rss
                    interval: 5 minutes
                feeds:
                  - id: all
                    title: كل الأخبار
                    sources: [a, nope]
                """);

        CliRun r = run("check", "-c", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern("feeds\\.yml:4:5: sources\\[0\\]\\.intervall: .*interval")
                .containsPattern("feeds\\.yml:7:15: sources\\[1\\]\\.interval: \"5 minutes\" is not a duration")
                .containsPattern("feeds\\.yml:11:\\d+: feeds\\[0\\]\\.sources.*nope");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingConfigFileIsAnErrorNotACrash() {
        CliRun r = run("check", "-c", dir.resolve("absent.yml").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("absent.yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "fetch", "check", "export", "import-opml", "similar", "stories"})
    void everyCommandHasHelp(String command) {
        CliRun r = run(command, "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:").contains(command);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run("export").code()).as("export without -o").isEqualTo(2);
        assertThat(run("similar", "only one").code()).isEqualTo(2);
    }

    @Test
    void fetchOfAnUnknownSourceIsAUsageError() {
        CliRun r = run("fetch", "-c", "feeds.yml", "no-such-source");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-source");
    }
}
