package org.rawafid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the feeds.yml of a bench run: one source per served feed, polled hourly (so the
 * scheduler never fires a source twice during a run), all collected by one merged feed, and
 * a fresh database in the run's folder.
 */
final class BenchConfig {
    private BenchConfig() {
    }

    static Path write(Path dir, List<URI> urls) {
        StringBuilder yml = new StringBuilder(128 + urls.size() * 96);
        yml.append("service:\n  database: ").append(dir.resolve("rawafid.db")).append('\n')
                .append("  baseUrl: http://127.0.0.1:8080\n")
                .append("defaults:\n  interval: 1h\n  timeout: 60s\n  maxBytes: 20MB\n")
                .append("sources:\n");
        for (int i = 0; i < urls.size(); i++) {
            yml.append(String.format("  - id: s%05d%n    url: %s%n    tags: [bench]%n", i + 1, urls.get(i)));
        }
        yml.append("feeds:\n  - id: bench\n    title: bench\n    tags: [bench]\n");
        Path file = dir.resolve("feeds.yml");
        try {
            Files.writeString(file, yml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot write " + file, e);
        }
        return file;
    }
}
