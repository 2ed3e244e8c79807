package org.rawafid.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, row 6: a feed whose description nests 10,000 elements deep threw a StackOverflowError
 * past every {@code catch (RuntimeException)}; the job re-armed at a time in the past and fetched
 * 226 times in 55 s, writing 51 MB of stderr a minute, while {@code /} said "يعمل" and
 * {@code /healthz} "ok". The real service, fed that feed for 20 s, must fetch it at most twice,
 * stay quiet and show the source failing.
 */
class HostileFeedServeTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @Test
    void aDeeplyNestedFeedIsOneFailingSourceNotARunawayLoop() throws Exception {
        String deep = "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link><description>d"
                + "</description><item><guid>1</guid><title>عميق</title><description>" + "<b>".repeat(10_000)
                + "x" + "</b>".repeat(10_000) + "</description></item></channel></rss>";
        wm.stubFor(get("/deep.xml").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                .withBody(deep)));
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "service:\n  database: " + dir.resolve("h.db") + "\nsources:\n  - id: deep\n"
                + "    url: " + wm.baseUrl() + "/deep.xml\n    tags: [x]\nfeeds:\n  - id: all\n    title: t\n"
                + "    tags: [x]\n");
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Drawafid.startWindowSeconds=1", "-cp", System.getProperty("java.class.path"),
                "org.rawafid.Main", "serve", "-c", config.toString(), "--port", "0")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            int port = awaitPort(out, err);
            HttpClient http = HttpClient.newHttpClient();
            long start = System.nanoTime();
            String health = "";
            // Twenty seconds of watching: what is asserted is that nothing more happens in that time.
            while (System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
                health = fetch(http, port, "/healthz");
                Thread.sleep(500);
            }
            int fetches = wm.countRequestsMatching(getRequestedFor(urlEqualTo("/deep.xml")).build()).getCount();
            assertThat(fetches).as("fetches of the deep feed in 20 s").isBetween(1, 2);
            assertThat(health).contains("\"failing\" : 1");
            String index = fetch(http, port, "/");
            assertThat(index).contains("يفشل").contains("200");
            assertThat(Files.size(err) + Files.size(out)).as("log output in 20 s, bytes").isLessThan(100_000);
        } finally {
            child.destroyForcibly();
        }
    }

    private static String fetch(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int awaitPort(Path out, Path err) throws Exception {
        Pattern listening = Pattern.compile("on http://[^:]+:(\\d+)/");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String log = (Files.exists(out) ? Files.readString(out) : "") + (Files.exists(err) ? Files.readString(err) : "");
            Matcher m = listening.matcher(log);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("service did not start: " + Files.readString(out) + Files.readString(err));
    }
}
