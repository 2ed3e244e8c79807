package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWatcherTest {
    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    @TempDir
    Path dir;

    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
    private ConfigWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void reloadsAfterAnInPlaceWrite() throws Exception {
        Path file = write(dir.resolve("feeds.yml"), "one");
        start(file);

        write(file, "two");

        assertThat(awaitConfigWithSource("two")).isTrue();
    }

    @Test
    void reloadsWhenAnEditorReplacesTheFileByRenaming() throws Exception {
        Path file = write(dir.resolve("feeds.yml"), "one");
        start(file);

        Path temp = write(dir.resolve(".feeds.yml.tmp"), "two");
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertThat(awaitConfigWithSource("two")).isTrue();
    }

    @Test
    void reloadsWhenAConfigMapStyleSymlinkIsSwapped() throws Exception {
        // Kubernetes layout: feeds.yml -> ..data/feeds.yml, ..data -> ..v1; an update swaps ..data.
        write(Files.createDirectory(dir.resolve("..v1")).resolve("feeds.yml"), "one");
        Files.createSymbolicLink(dir.resolve("..data"), Path.of("..v1"));
        Path file = Files.createSymbolicLink(dir.resolve("feeds.yml"), Path.of("..data/feeds.yml"));
        start(file);

        write(Files.createDirectory(dir.resolve("..v2")).resolve("feeds.yml"), "two");
        Files.createSymbolicLink(dir.resolve("..data_tmp"), Path.of("..v2"));
        Files.move(dir.resolve("..data_tmp"), dir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);

        assertThat(awaitConfigWithSource("two")).isTrue();
    }

    @Test
    void reloadsWhenTheTargetOfASymlinkInAnotherFolderIsEdited() throws Exception {
        Path real = write(Files.createDirectory(dir.resolve("etc")).resolve("real.yml"), "one");
        Path file = Files.createSymbolicLink(dir.resolve("feeds.yml"), real);
        start(file);

        write(real, "two");

        assertThat(awaitConfigWithSource("two")).isTrue();
    }

    @Test
    void reportsAnInvalidSaveThenReloadsTheNextValidOne() throws Exception {
        Path file = write(dir.resolve("feeds.yml"), "one");
        start(file);

        replace(file, "sources:\n  - id: Bad\n    url: https://x.example/\n");
        Object first = outcomes.poll(10, TimeUnit.SECONDS);
        replace(file, "sources:\n  - id: three\n    url: https://x.example/\n");

        assertThat(first).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage())
                .isEqualTo(file.toAbsolutePath() + ":2:9: sources[0].id: \"Bad\" is not a valid id "
                        + "(use lowercase a-z, digits and -, starting with a letter or digit)"));
        assertThat(awaitConfigWithSource("three")).isTrue();
    }

    @Test
    void reloadNowReportsOnlyWhenTheContentChanged() throws Exception {
        Path file = write(dir.resolve("feeds.yml"), "one");
        watcher = new ConfigWatcher(file, new ConfigLoader(), new Recorder(), Duration.ofHours(1));
        watcher.start();

        write(file, "one");
        watcher.reloadNow();
        assertThat(outcomes).isEmpty();

        write(file, "two");
        watcher.reloadNow();
        watcher.reloadNow();
        assertThat(outcomes).hasSize(1);
        assertThat(((Config) outcomes.poll()).sources()).extracting(Source::id).containsExactly("two");
    }

    @Test
    void reportsADeletedFileAsAnError() throws Exception {
        Path file = write(dir.resolve("feeds.yml"), "one");
        watcher = new ConfigWatcher(file, new ConfigLoader(), new Recorder(), Duration.ofHours(1));
        watcher.start();

        Files.delete(file);
        watcher.reloadNow();

        assertThat(outcomes.poll()).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.getMessage()).endsWith("feeds.yml: no such file"));
    }

    private void start(Path file) throws Exception {
        watcher = new ConfigWatcher(file, new ConfigLoader(), new Recorder(), DEBOUNCE);
        watcher.start();
    }

    /**
     * Waits up to 10 s for a reload whose only source is {@code id}. An in-place write is a truncate
     * then a write; on a loaded machine the debounce may see the empty file in between, which is a
     * valid (empty) config, so earlier outcomes are skipped rather than failed on.
     */
    private boolean awaitConfigWithSource(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Object outcome = outcomes.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (outcome instanceof Config c && c.sources().size() == 1 && c.sources().get(0).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private void replace(Path file, String yaml) throws Exception {
        Path temp = Files.writeString(dir.resolve(".feeds.yml.swp"), yaml);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path write(Path file, String sourceId) throws Exception {
        return Files.writeString(file, "sources:\n  - id: " + sourceId + "\n    url: https://x.example/\n");
    }

    private final class Recorder implements ConfigWatcher.Listener {
        @Override
        public void onReload(Config config) {
            outcomes.add(config);
        }

        @Override
        public void onError(ConfigException error) {
            outcomes.add(error);
        }
    }
}
