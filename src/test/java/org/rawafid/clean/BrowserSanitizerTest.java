package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the cleaned output of every feedparser sanitizer case in headless Chromium and requires that
 * nothing runs and nothing loads. The page overrides alert/confirm/prompt (before the fragments) to
 * report to the server; every URL left in the fragments points at the server too, and every host
 * resolves to it, so any script execution, navigation or load shows up as a request other than the page.
 * No Content-Security-Policy: it would hide the failures this test looks for.
 */
class BrowserSanitizerTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String END_MARKER = "rendering-finished-marker";
    private static final String CONTROL_ALERT = "GET 127.0.0.1:PORT/executed?alert";
    private static final String CONTROL_LOAD = "GET control.invalid/control.gif";

    @Test
    void cleanedSanitizerCasesRunNothingAndLoadNothingInChromium(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium is not installed "
                + "(apt-get install -y chromium)");
        Assumptions.assumeTrue(SanitizerCorpus.isPresent(), "fixtures folder ../shared/fixtures is absent");
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        byte[] page = page(port).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().toString();
            if (target.equals("/page.html")) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } else {
                String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
                if (!isExpectedImageLoad(host, target, port) && !isChromiumService(host)) {
                    requests.add((exchange.getRequestMethod() + " " + host + target).replace(":" + port, ":PORT")
                            .replace("control.invalid:PORT", "control.invalid"));
                }
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        // Not the default same-thread executor: one stalled connection must not block the rest.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        try {
            String dom = render(port, tmp);
            assertThat(dom).as("page rendered to the end, nothing navigated away").contains(END_MARKER);
            assertThat(requests).as("the harness observes the control alert and the control load")
                    .contains(CONTROL_ALERT, CONTROL_LOAD);
            assertThat(requests).as("requests other than the page and the controls (script ran or something loaded)")
                    .allMatch(r -> r.equals(CONTROL_ALERT) || r.equals(CONTROL_LOAD));
        } finally {
            server.stop(0);
        }
    }

    /**
     * Images the cleaner keeps on purpose ({@code <img src="http…">}) are loaded, and answered 404 so that
     * any surviving {@code onerror} handler would fire; those loads are content, not leaks.
     */
    private static boolean isExpectedImageLoad(String host, String target, int port) {
        return host.equals("127.0.0.1:" + port) && target.matches("/loaded/\\d+/img-src");
    }

    /** Chromium's own component-updater and time calls reach us through the catch-all host mapping. */
    private static boolean isChromiumService(String host) {
        return host.matches("(?i)([\\w.-]+\\.)?(googleapis\\.com|google\\.com|gvt1\\.com|gstatic\\.com)(:\\d+)?");
    }

    private static String page(int port) {
        HtmlCleaner cleaner = new HtmlCleaner();
        String origin = "http://127.0.0.1:" + port;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><script>"
                + "function report(k){fetch('/executed?'+k);}"
                + "window.alert=function(){report('alert')};window.confirm=function(){report('confirm')};"
                + "window.prompt=function(){report('prompt')};window.print=function(){report('print')};"
                + "</script></head><body>");
        int n = 0;
        for (SanitizerCorpus.Case c : SanitizerCorpus.cases()) {
            for (String fragment : c.fragments()) {
                String cleaned = cleaner.clean(fragment, SanitizerCorpus.BASE, null).html();
                html.append("<div class=\"case\">").append(pointAtServer(cleaned, origin, n++)).append("</div>\n");
            }
        }
        // Controls, outside the cleaned fragments: prove in every run that an alert and a load elsewhere are observed.
        html.append("<script>alert('control')</script><img src=\"http://control.invalid/control.gif\">");
        return html.append("<p id=\"").append(END_MARKER).append("\">").append(END_MARKER).append("</p></body></html>")
                .toString();
    }

    /** Any URL left in the output now points at the test server, so a load attempt is observed. */
    private static String pointAtServer(String cleaned, String origin, int n) {
        Element body = Jsoup.parseBodyFragment(cleaned).body();
        for (Element el : body.getAllElements()) {
            for (Attribute attr : el.attributes()) {
                if (attr.getValue().strip().toLowerCase().startsWith("http")) {
                    el.attr(attr.getKey(), origin + "/loaded/" + n + "/" + el.normalName() + "-" + attr.getKey());
                }
            }
        }
        return body.html();
    }

    private static String render(int port, Path tmp) throws IOException, InterruptedException {
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
