package org.rawafid.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.store.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes' schedulers on one clustered job store (PostgreSQL), not started, so only the
 * reconciliation with feeds.yml is seen: the second node applying the same configuration
 * changes nothing; a change applied by one node (a source removed, an interval changed) is
 * carried out once, and the other node applying it too changes nothing more.
 */
class ClusteredJobStoreTest {
    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private Config load(String database, String... sources) throws Exception {
        StringBuilder yml = new StringBuilder("service:\n  database: " + database + "\nsources:\n");
        for (String s : sources) {
            String[] idAndInterval = s.split("@");
            yml.append("  - id: ").append(idAndInterval[0]).append("\n    url: https://example.org/")
                    .append(idAndInterval[0]).append(".rss\n    interval: ").append(idAndInterval[1])
                    .append("\n    tags: [t]\n");
        }
        yml.append("feeds:\n  - id: all\n    title: t\n    tags: [t]\n");
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, yml);
        return new ConfigLoader().load(file);
    }

    private FetchScheduler node(Config config, long seed) {
        App app = App.open(config, dir.resolve("feeds.yml"), InstantSource.system(), (s, r) -> { });
        FetchScheduler scheduler = new FetchScheduler(app.refresher(), app.states(), InstantSource.system(),
                new Random(seed), 2, Duration.ofMinutes(10), lag -> { },
                new FetchScheduler.Cluster(app.database().dataSource()));
        open.add(app);
        open.add(0, scheduler);
        return scheduler;
    }

    @Test
    void nodesApplyingTheSameConfigurationDoNotFight() throws Exception {
        String db = TestPostgres.newDatabaseUrl();
        Config v1 = load(db, "a@15m", "b@15m", "c@15m");
        FetchScheduler first = node(v1, 1);
        FetchScheduler second = node(v1, 2);

        first.apply(v1.sources());
        Map<String, Instant> armed = first.armedTimes();
        second.apply(v1.sources());
        first.apply(v1.sources());

        assertThat(armed).containsOnlyKeys("a", "b", "c");
        assertThat(second.armedTimes()).as("a different random start, had it re-armed").isEqualTo(armed);

        Config v2 = load(db, "a@15m", "b@1h");
        second.apply(v2.sources());
        Map<String, Instant> changed = second.armedTimes();
        first.apply(v2.sources());

        assertThat(changed).containsOnlyKeys("a", "b");
        assertThat(changed.get("a")).isEqualTo(armed.get("a"));
        assertThat(first.armedTimes()).isEqualTo(changed);
    }
}
