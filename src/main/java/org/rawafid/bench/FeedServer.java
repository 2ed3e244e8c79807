package org.rawafid.bench;

import org.rawafid.fetch.FetchSettings;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Serves a corpus over loopback HTTP like a polite publisher: a strong ETag per file, 304 on a
 * matching {@code If-None-Match}, and a fixed latency before every response.
 *
 * <p>The fetcher allows only 2 requests in flight per host (SPEC §5), and real sources sit on
 * many hosts. So the feeds are spread over several listeners on distinct loopback addresses
 * (127.0.0.2, 127.0.0.3, …: Linux routes all of 127/8 to the loopback interface), enough that
 * the global limit ({@link FetchSettings#DEFAULT_MAX_CONCURRENT}), not the per-host one, is what
 * bounds the bench — as in production.
 *
 * <p>The latency is a sleep on one of a pool of threads: simple, and twice as many threads as the
 * fetcher ever has requests in flight, so no request waits for a thread (a thread still closing
 * one exchange never delays the next request's sleep).
 */
public final class FeedServer implements AutoCloseable {
    private static final int THREADS = 2 * FetchSettings.DEFAULT_MAX_CONCURRENT;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService pool;
    private final Map<String, FeedFile> files;
    private final Duration latency;
    private final List<URI> urls = new ArrayList<>();

    /**
     * @param hosts how many loopback addresses to listen on (1–250)
     */
    public FeedServer(Corpus corpus, Duration latency, int hosts) {
        if (hosts < 1 || hosts > 250) {
            throw new IllegalArgumentException("hosts must be 1..250: " + hosts);
        }
        this.latency = latency;
        this.files = corpus.feeds().stream().collect(Collectors.toMap(FeedFile::name, Function.identity()));
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "bench-feed-server");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int h = 0; h < hosts; h++) {
                HttpServer server = HttpServer.create(new InetSocketAddress(
                        InetAddress.getByAddress(new byte[]{127, 0, 0, (byte) (2 + h)}), 0), 1024);
                server.createContext("/", this::handle);
                server.setExecutor(pool);
                server.start();
                servers.add(server);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("bench: cannot listen on loopback", e);
        }
        List<FeedFile> feeds = corpus.feeds();
        for (int i = 0; i < feeds.size(); i++) {
            InetSocketAddress a = servers.get(i % hosts).getAddress();
            urls.add(URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/"
                    + feeds.get(i).name()));
        }
    }

    /** One URL per feed of the corpus, in corpus order. */
    public List<URI> urls() {
        return List.copyOf(urls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            FeedFile file = files.get(exchange.getRequestURI().getPath().substring(1));
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = file.etag();
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", file.contentType());
            exchange.sendResponseHeaders(200, file.length());
            try (OutputStream body = exchange.getResponseBody()) {
                file.writeTo(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        pool.shutdownNow();
    }
}
