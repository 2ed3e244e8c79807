package org.rawafid.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM stops the real service gracefully: HTTP closed, WAL checkpointed, exit code 0. */
class GracefulStopTest {
    @TempDir
    Path dir;

    @Test
    void sigtermExitsZeroWithTheWalCheckpointed() throws Exception {
        Files.writeString(dir.resolve("a.rss"), "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link>"
                + "<description>d</description><item><guid>1</guid><title>خبر</title></item></channel></rss>");
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "service:\n  database: " + dir.resolve("g.db") + "\nsources:\n  - id: a\n"
                + "    url: file:a.rss\n    tags: [x]\nfeeds:\n  - id: all\n    title: t\n    tags: [x]\n");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Drawafid.startWindowSeconds=1", "-cp", System.getProperty("java.class.path"),
                "org.rawafid.Main", "serve", "-c", config.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = awaitPort(log);
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String body = "";
            while (!body.contains("خبر") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feeds/all.json"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(body).as("served the fetched item").contains("خبر");

            child.destroy(); // SIGTERM

            assertThat(child.waitFor(40, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("rawafid: stopped");
            Path wal = dir.resolve("g.db-wal");
            assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("WAL checkpointed").isTrue();
            assertThatPortIsClosed(port);
        } finally {
            child.destroyForcibly();
        }
    }

    private static int awaitPort(Path log) throws Exception {
        Pattern listening = Pattern.compile("on http://[^:]+:(\\d+)/");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = listening.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("service did not start: " + Files.readString(log));
    }

    private static void assertThatPortIsClosed(int port) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            throw new AssertionError("still answering on " + port);
        } catch (IOException | InterruptedException expected) {
            // connection refused: the HTTP server is closed
        }
    }
}
