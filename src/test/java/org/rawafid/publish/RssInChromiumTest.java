package org.rawafid.publish;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.publish.SampleFeeds.NOW;

/**
 * Issue 18 row 10, output side: many readers render RSS titles and descriptions as HTML. A source's
 * literal text such as {@code <img src=x onerror=…>} (plain text in our store) must stay text there.
 * Every item's title and description, as a reader gets them out of the XML, is put into a page as
 * HTML and rendered in headless Chromium; nothing may run and nothing may load. (Harness as in
 * {@code clean.BrowserSanitizerTest}; skipped without /usr/bin/chromium.)
 */
class RssInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String END_MARKER = "rendering-finished-marker";
    private static final String CONTROL_ALERT = "GET /executed?alert";
    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "<svg onload=alert(3)>",
            "<iframe src=\"javascript:alert(4)\"></iframe>", "&lt;img src=x onerror=alert(5)&gt;",
            "\"><img src=x onerror=alert(6)>", "<details open ontoggle=alert(7)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>", "<body onload=alert(9)>",
            "<object data=x></object>", "<link rel=stylesheet href=x>", "<video><source onerror=alert(10)></video>",
            "&amp;lt;img src=x onerror=alert(11)&amp;gt;", "<input autofocus onfocus=alert(12)>");

    @Test
    void rssTitlesAndDescriptionsRenderedAsHtmlRunNothing(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium is not installed "
                + "(apt-get install -y chromium)");
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = page(new RssRenderer().render(hostileFeed())).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().toString();
            if (target.equals("/page.html")) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } else {
                String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
                if (!host.matches("(?i)([\\w.-]+\\.)?(googleapis\\.com|google\\.com|gvt1\\.com|gstatic\\.com)(:\\d+)?")) {
                    requests.add(exchange.getRequestMethod() + " " + target);
                }
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        try {
            String dom = render(server.getAddress().getPort(), tmp);

            assertThat(dom).as("rendered to the end").contains(END_MARKER);
            assertThat(requests).as("the harness sees the control alert").contains(CONTROL_ALERT);
            assertThat(requests).as("anything else ran or loaded").allMatch(CONTROL_ALERT::equals);
        } finally {
            server.stop(0);
        }
    }

    private static FeedView hostileFeed() {
        List<EntryView> entries = new ArrayList<>();
        Outlet outlet = new Outlet("o", "منفذ", "https://o.example/", "https://o.example/rss");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = PAYLOADS.get(i);
            entries.add(new EntryView("urn:rawafid:story:" + i, "عنوان " + p, "https://o.example/" + i,
                    "ملخص " + p, "", NOW.minusSeconds(i), null, null, List.of(), null, outlet, List.of()));
        }
        return new FeedView("hostile", "خلاصة", "", "ar", "http://localhost:8080", NOW, null, null, null, entries);
    }

    /** Each item's title and description, as a reader reads them from the XML, put in the page as HTML. */
    private static String page(byte[] rss) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<link rel=\"icon\" href=\"data:,\"><script>function report(k){fetch('/executed?'+k);}"
                + "window.alert=function(){report('alert')};window.confirm=function(){report('confirm')};"
                + "window.prompt=function(){report('prompt')};</script></head><body>");
        Element channel = Xml.children(Xml.parse(rss).getDocumentElement(), null, "channel").get(0);
        for (Element item : Xml.children(channel, null, "item")) {
            html.append("<h2>").append(Xml.text(item, null, "title")).append("</h2>\n<div>")
                    .append(Xml.text(item, null, "description")).append("</div>\n");
        }
        html.append("<script>alert('control')</script>");
        return html.append("<p>").append(END_MARKER).append("</p></body></html>").toString();
    }

    private static String render(int port, Path tmp) throws Exception {
        Path out = tmp.resolve("dom.html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--host-resolver-rules=MAP * 127.0.0.1:" + port,
                "--user-data-dir=" + tmp.resolve("profile"), "--virtual-time-budget=5000", "--dump-dom",
                "http://127.0.0.1:" + port + "/page.html")
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return Files.readString(out);
    }
}
