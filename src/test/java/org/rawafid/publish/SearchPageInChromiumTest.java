package org.rawafid.publish;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The search box and page in headless Chromium at phone and desktop widths, against a running
 * {@code serve}: the form on {@code /} is filled and submitted (GET), and the page it lands on is
 * right-to-left, marks the matched word, overflows nothing and logs no console error. A test-only
 * proxy adds the probe script (the pages themselves carry no JavaScript). Skips without Chromium.
 */
class SearchPageInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PROBE = "<script>function probe(){var d=document.documentElement;"
            + "d.setAttribute('data-overflow',d.scrollWidth>window.innerWidth?'yes '+d.scrollWidth+'>'+window.innerWidth:'no');"
            + "d.setAttribute('data-direction',getComputedStyle(document.body).direction);"
            + "d.setAttribute('data-url',location.pathname+location.search);}"
            + "probe();window.addEventListener('load',function(){probe();var f=document.querySelector('form.search');"
            + "if(location.pathname==='/'&&f){f.querySelector('input[name=q]').value='علييف';f.submit();}});</script>";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static Server rawafid;
    private static HttpServer proxy;
    private static String base;

    @BeforeAll
    static void serve() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed at " + CHROMIUM + "; skipping");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            items.append("<item><guid>g").append(i).append("</guid><title>")
                    .append(i % 2 == 0 ? "الرئيس الأذربيجاني إلهام علييف يستقبل وفداً رقم " + i : "منتخب مصر يتدرب " + i)
                    .append("</title><link>https://a.example/").append(i).append("</link><description>")
                    .append("استقبل الرئيس علييف الوفد في باكو وبحث معه العلاقات الثنائية والتعاون في مجال الطاقة")
                    .append("</description><pubDate>Sat, 05 Dec 2026 1").append(i % 10).append(":00:00 GMT</pubDate></item>");
        }
        Files.writeString(dir.resolve("a.rss"), "<rss version=\"2.0\"><channel><title>أ</title><link>https://a.example/"
                + "</link><description>d</description>" + items + "</channel></rss>");
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("c.db") + "\nsources:\n  - id: a\n"
                + "    url: file:a.rss\n    title: وكالة أ\nfeeds:\n  - id: all\n    title: الكل\n    sources: [a]\n");
        rawafid = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0);
        rawafid.app().refresher().refresh(rawafid.live().config().sources().get(0));
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            try {
                HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rawafid.port()
                        + exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
                        : "?" + exchange.getRequestURI().getRawQuery()))).build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = r.body();
                String type = r.headers().firstValue("Content-Type").orElse("text/plain");
                if (type.startsWith("text/html")) {
                    body = new String(body, StandardCharsets.UTF_8).replace("</body>", PROBE + "</body>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(r.statusCode(), body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        proxy.start();
        base = "http://127.0.0.1:" + proxy.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.stop(0);
        }
        if (rawafid != null) {
            rawafid.close();
        }
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"390, 844", "1280, 900"})
    void searchBoxOnTheFrontPageLeadsToAMarkedRightToLeftResultsPage(int width, int height) throws Exception {
        Run dump = chromium("--window-size=" + width + "," + height, "--dump-dom", base + "/");
        Document dom = Jsoup.parse(dump.stdout());
        assertThat(dom.selectFirst("html").attr("data-url")).startsWith("/search?q=");
        assertThat(dom.select("html[dir=rtl][lang=ar]")).hasSize(1);
        assertThat(dom.selectFirst("html").attr("data-direction")).isEqualTo("rtl");
        assertThat(dom.selectFirst("html").attr("data-overflow")).as("horizontal overflow").isEqualTo("no");
        assertThat(dom.select("article")).hasSize(12);
        assertThat(dom.select("article mark")).isNotEmpty().allSatisfy(m -> assertThat(m.text()).isEqualTo("علييف"));
        assertThat(dom.selectFirst("form.search input[name=q]").attr("value")).isEqualTo("علييف");
        assertThat(dump.consoleLines()).as("console output").isEmpty();
    }

    private Run chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                "--user-data-dir=" + dir.resolve("p" + System.nanoTime())));
        command.addAll(List.of(args));
        Path out = dir.resolve("out" + System.nanoTime());
        Path err = dir.resolve("err" + System.nanoTime());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + command);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    private record Run(String stdout, String stderr) {
        List<String> consoleLines() {
            return stderr.lines().filter(l -> l.contains("CONSOLE")).toList();
        }
    }
}
