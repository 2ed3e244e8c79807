package org.rawafid.publish;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Loads the index and river pages in headless Chromium at phone and desktop widths: right-to-left,
 * no console errors, no horizontal overflow, and screenshots in {@code target/publish-screenshots/}.
 * Skips when {@code /usr/bin/chromium} is not installed.
 */
class PagesInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/publish-screenshots");
    /** Test-only probe: records layout facts in the DOM for --dump-dom to read back. */
    private static final String PROBE = "<script>function probe(){var d=document.documentElement;"
            + "d.setAttribute('data-overflow',d.scrollWidth>window.innerWidth?'yes '+d.scrollWidth+'>'+window.innerWidth:'no');"
            + "d.setAttribute('data-direction',getComputedStyle(document.body).direction);}"
            + "probe();window.addEventListener('load',probe);</script>";

    private static final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static String base;

    @TempDir
    Path profile;

    @BeforeAll
    static void serve() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed at " + CHROMIUM
                + " (apt-get install -y chromium); skipping the browser test");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = pages.get(exchange.getRequestURI().getPath());
            String type = exchange.getRequestURI().getPath().endsWith(".png") ? "image/png" : Format.HTML.contentType();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        pages.put("/favicon.ico", new byte[0]);
        pages.put("/wide.png", widePng());
        byte[] index = new IndexPage().render(SampleFeeds.index());
        byte[] river = new FeedWriter(InstantSource.fixed(SampleFeeds.NOW)).render(localFeed(), Format.HTML);
        pages.put("/index.html", index);
        pages.put("/river.html", river);
        pages.put("/probe/index.html", withProbe(index));
        pages.put("/probe/river.html", withProbe(river));
        byte[] story = new StoryWriter().render(SampleFeeds.storyPage(), Format.HTML);
        pages.put("/story.html", story);
        pages.put("/probe/story.html", withProbe(story));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"index, 390, 844", "index, 1280, 900", "river, 390, 844", "river, 1280, 900",
            "story, 390, 844", "story, 1280, 900"})
    void rendersRightToLeftWithoutErrorsOrHorizontalOverflow(String page, int width, int height) throws Exception {
        String size = "--window-size=" + width + "," + height;
        Path shot = SHOTS.resolve(page + "-" + width + ".png").toAbsolutePath();
        Run screenshot = chromium(size, "--screenshot=" + shot, base + "/" + page + ".html");
        assertThat(shot).isNotEmptyFile();
        assertThat(screenshot.consoleLines()).as("console output of the page").isEmpty();

        Run dump = chromium(size, "--dump-dom", base + "/probe/" + page + ".html");
        Document dom = Jsoup.parse(dump.stdout());
        assertThat(dom.select("html[dir=rtl][lang=ar]")).hasSize(1);
        assertThat(dom.selectFirst("html").attr("data-direction")).isEqualTo("rtl");
        assertThat(dom.selectFirst("html").attr("data-overflow")).as("horizontal overflow").isEqualTo("no");
        assertThat(dump.consoleLines()).as("console output of the probed page").isEmpty();
    }

    private Run chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                "--user-data-dir=" + profile.resolve("p" + System.nanoTime())));
        command.addAll(List.of(args));
        Path out = profile.resolve("out" + System.nanoTime());
        Path err = profile.resolve("err" + System.nanoTime());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + command);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    private record Run(String stdout, String stderr) {
        /** Chromium logs every page console message (JS errors, failed loads) as a CONSOLE line. */
        List<String> consoleLines() {
            return stderr.lines().filter(l -> l.contains("CONSOLE")).toList();
        }
    }

    /** The sample feed with its image served by the test server, so the page loads without the internet. */
    private static FeedView localFeed() {
        FeedView sample = SampleFeeds.feed();
        List<EntryView> entries = sample.entries().stream().map(e -> e.imageUrl() == null ? e : new EntryView(e.id(),
                e.title(), e.link(), e.summary(), e.contentHtml(), e.published(), e.updated(), e.author(),
                e.categories(), base + "/wide.png", e.outlet(), e.also())).toList();
        return new FeedView(sample.id(), sample.title(), sample.description(), sample.language(), base,
                sample.updated(), sample.hubUrl(), sample.cursor(), sample.nextCursor(), entries);
    }

    private static byte[] withProbe(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        return html.replace("</body>", PROBE + "</body>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] widePng() throws IOException {
        BufferedImage image = new BufferedImage(1600, 500, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) {
            for (int y = 0; y < 500; y++) {
                image.setRGB(x, y, (x * 255 / 1600) << 16 | (y * 255 / 500) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
