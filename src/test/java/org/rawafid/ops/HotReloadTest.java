package org.rawafid.ops;

import org.rawafid.store.BackendTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.InstantSource;
import java.util.function.BooleanSupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Editing feeds.yml on a running service applies the change, or — when invalid — changes nothing and says why. */
class HotReloadTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void fastStart() {
        System.setProperty("rawafid.startWindowSeconds", "1");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("rawafid.startWindowSeconds");
    }

    private static String feed(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://example.org/</link><description>d</description><item><guid>" + title
                + "-1</guid><title>خبر من " + title + "</title><link>https://example.org/" + title
                + "</link></item></channel></rss>";
    }

    private String config(String... ids) {
        StringBuilder s = new StringBuilder("service:\n  database: " + database().location() + "\nsources:\n");
        for (String id : ids) {
            s.append("  - id: ").append(id).append("\n    url: ").append(wm.baseUrl()).append('/').append(id)
                    .append(".rss\n    tags: [all]\n");
        }
        return s.append("feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n    dedupe: exact\n").toString();
    }

    /** Saves like an editor that writes a temporary file and renames it over the original. */
    private void save(Path file, String content) throws Exception {
        Path tmp = dir.resolve(".feeds.yml.swp");
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private HttpResponse<String> request(Server server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void appliesValidEditsLiveAndKeepsTheLastGoodConfigurationOnInvalidOnes() throws Exception {
        wm.stubFor(get("/a.rss").willReturn(aResponse().withBody(feed("a"))));
        wm.stubFor(get("/b.rss").willReturn(aResponse().withBody(feed("b"))));
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, config("a"));

        try (Server server = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0)) {
            await("source a fetched", () -> server.app().items().countBySource().containsKey("a"));

            save(file, config("a", "b"));
            await("reload to generation 2", () -> server.live().generation() == 2);
            await("new source b fetched", () -> server.app().items().countBySource().containsKey("b"));

            save(file, config("a", "b").replace("tags: [all]\n", "tags: [all]\n    intervall: 5m\n"));
            await("error recorded", () -> server.live().error() != null);
            HttpResponse<String> health = request(server, "/healthz");
            JsonNode h = json.readTree(health.body());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(h.get("status").asText()).isEqualTo("degraded");
            assertThat(h.get("config").get("error").asText()).contains("feeds.yml:").contains("intervall")
                    .contains("interval");
            assertThat(h.get("config").get("generation").asLong()).isEqualTo(2);
            assertThat(request(server, "/").body()).contains("intervall");
            assertThat(request(server, "/feeds/all.json").statusCode()).as("still serving").isEqualTo(200);

            save(file, config("b"));
            await("valid save clears the error", () -> server.live().error() == null && server.live().generation() == 3);
            assertThat(request(server, "/healthz").statusCode()).isEqualTo(200);
            assertThat(server.app().items().countBySource()).as("a removed source's items stay").containsKey("a");
            int before = wm.findAll(getRequestedFor(urlEqualTo("/a.rss"))).size();
            server.reloadNow();
            Thread.sleep(1500);
            assertThat(wm.findAll(getRequestedFor(urlEqualTo("/a.rss")))).as("a is no longer polled").hasSize(before);
        }
    }
}
