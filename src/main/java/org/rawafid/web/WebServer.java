package org.rawafid.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.server.ConnectionLimit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side (SPEC §4): routes, conditional requests (strong ETag, Last-Modified, 304),
 * HEAD, and pre-compressed gzip. Rendering is the {@link Catalog}'s job; this class only
 * speaks HTTP.
 */
public final class WebServer implements AutoCloseable {
    private static final Pattern FEED_FILE = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(rss|atom|json|html)");
    private static final Set<String> FORMATS = Set.of("rss", "atom", "json", "html");
    private static final Pattern STORY_FILE = Pattern.compile("([0-9a-f]{32})\\.(html|json)");

    private final Javalin app;
    private final Catalog catalog;
    private final FeedRequestCounter counter;

    /**
     * Open connections the server keeps at once (issue 18: one client could open them without
     * bound); beyond it Jetty stops accepting until one closes, and idle ones close after Jetty's
     * idle timeout. Readers poll, they do not hold connections, so this is generous.
     */
    static final int MAX_CONNECTIONS = 512;

    public WebServer(Catalog catalog, FeedRequestCounter counter) {
        this(catalog, counter, MAX_CONNECTIONS);
    }

    WebServer(Catalog catalog, FeedRequestCounter counter, int maxConnections) {
        this.catalog = Objects.requireNonNull(catalog);
        this.counter = Objects.requireNonNull(counter);
        this.app = Javalin.create(cfg -> {
            cfg.jetty.modifyServer(server -> server.addBean(new ConnectionLimit(maxConnections, server)));
            cfg.showJavalinBanner = false;
            cfg.http.disableCompression(); // we serve our own pre-compressed bytes
            cfg.http.generateEtags = false;
            cfg.startupWatcherEnabled = false;
        });
        for (HandlerType type : new HandlerType[]{HandlerType.GET, HandlerType.HEAD}) {
            app.addHttpHandler(type, "/", this::index);
            app.addHttpHandler(type, "/sources.opml", ctx -> serve(ctx, catalog::opml));
            app.addHttpHandler(type, "/feeds/{file}", this::feed);
            app.addHttpHandler(type, "/stories/{file}", this::story);
            app.addHttpHandler(type, "/healthz", this::health);
            app.addHttpHandler(type, "/search", ctx -> search(ctx, "html"));
            for (String format : FORMATS) {
                app.addHttpHandler(type, "/search." + format, ctx -> search(ctx, format));
            }
            app.addHttpHandler(type, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .header("Cache-Control", "no-store").result(catalog.metrics()));
        }
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                plain(ctx, 404, "not found: " + ctx.path());
            }
        });
        app.exception(Catalog.BadCursorException.class, (e, ctx) -> plain(ctx, 400, "bad request: " + e.getMessage()));
        app.exception(Catalog.BadQueryException.class, (e, ctx) -> plain(ctx, 400, "bad query: " + e.getMessage()));
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public WebServer start(String host, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("web: " + port + " is not a port (use 1-65535, or 0 for any free port)");
        }
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("web: cannot listen on " + host + ":" + port + ": " + whyNotListening(e), e);
        }
        return this;
    }

    private static String whyNotListening(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.BindException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (m.contains("in use")) {
                    return "address already in use (is another rawafid running? set service.port or --port)";
                }
                if (m.contains("assign")) {
                    return "no such address on this machine (set service.bind or --bind)";
                }
                return m + " (set service.bind/service.port or --bind/--port)";
            }
            if (t instanceof java.net.SocketException || t instanceof java.nio.channels.UnresolvedAddressException) {
                return "cannot use that address (set service.bind or --bind)";
            }
        }
        return String.valueOf(e.getMessage());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void feed(Context ctx) {
        Matcher m = FEED_FILE.matcher(ctx.pathParam("file"));
        if (!m.matches() || !FORMATS.contains(m.group(2))) {
            plain(ctx, 404, "no such feed: " + ctx.pathParam("file"));
            return;
        }
        String id = m.group(1);
        String format = m.group(2);
        String before = ctx.queryParam("before");
        if (before != null && before.isBlank()) {
            throw new Catalog.BadCursorException("empty cursor");
        }
        Optional<Representation> rep = catalog.feed(id, format, before);
        if (rep.isEmpty()) {
            plain(ctx, 404, "no such feed: " + id);
            counter.count(id, format, 404);
            return;
        }
        int status = send(ctx, rep.get());
        counter.count(id, format, status);
    }

    private void search(Context ctx, String format) {
        String before = ctx.queryParam("before");
        if (before != null && before.isBlank()) {
            throw new Catalog.BadCursorException("empty cursor");
        }
        Optional<Representation> rep = catalog.search(format, ctx.queryParam("q"), ctx.queryParam("feed"),
                ctx.queryParam("since"), before);
        if (rep.isEmpty()) {
            plain(ctx, 404, "not found: " + ctx.path());
            return;
        }
        send(ctx, rep.get());
    }

    /** {@code /}, or {@code /?page=N} for one page of the full source list. */
    private void index(Context ctx) {
        String page = ctx.queryParam("page");
        if (page == null) {
            send(ctx, catalog.index());
            return;
        }
        int n;
        try {
            n = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1) {
            plain(ctx, 400, "bad request: page must be a whole number from 1, not \"" + page + "\"");
            return;
        }
        Optional<Representation> rep = catalog.index(n);
        if (rep.isEmpty()) {
            plain(ctx, 404, "no such page: " + n + " (see / for the number of pages)");
            return;
        }
        send(ctx, rep.get());
    }

    /** {@code /stories/{key}.html|json} (SPEC §8a); a malformed or unknown key is 404. */
    private void story(Context ctx) {
        Matcher m = STORY_FILE.matcher(ctx.pathParam("file"));
        Optional<Representation> rep = m.matches() ? catalog.story(m.group(1), m.group(2)) : Optional.empty();
        if (rep.isEmpty()) {
            plain(ctx, 404, "no such story: " + ctx.pathParam("file"));
            return;
        }
        send(ctx, rep.get());
    }

    private void health(Context ctx) {
        Catalog.Health h = catalog.health();
        ctx.status(h.ok() ? 200 : 503).contentType("application/json").header("Cache-Control", "no-store");
        if (ctx.method() != HandlerType.HEAD) {
            ctx.result(h.json());
        }
    }

    private void serve(Context ctx, Supplier<Representation> supplier) {
        send(ctx, supplier.get());
    }

    /** Writes a representation honouring If-None-Match / If-Modified-Since, gzip and HEAD; returns the status. */
    static int send(Context ctx, Representation rep) {
        ctx.header("ETag", rep.etag());
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(rep.lastModified().atOffset(ZoneOffset.UTC)));
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", rep.maxAge().isZero() ? "no-cache" : "public, max-age=" + rep.maxAge().toSeconds());
        ctx.contentType(rep.contentType());
        if (isNotModified(ctx, rep)) {
            ctx.status(304);
            return 304;
        }
        boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
        byte[] bytes = gzip ? rep.gzipped() : rep.body();
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.status(200);
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", Integer.toString(bytes.length));
        } else {
            ctx.result(bytes);
        }
        return 200;
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; else If-Modified-Since. */
    private static boolean isNotModified(Context ctx, Representation rep) {
        String inm = ctx.header("If-None-Match");
        if (inm != null) {
            return inm.strip().equals("*") || Arrays.stream(inm.split(","))
                    .map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(rep.etag()::equals);
        }
        String ims = ctx.header("If-Modified-Since");
        if (ims != null) {
            try {
                Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !rep.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unparseable date is ignored, as the RFC says
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase().split(",")) {
            String[] p = part.strip().split(";");
            if (p[0].strip().equals("gzip") || p[0].strip().equals("*")) {
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static void plain(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }

    /** Counts feed requests by feed, format and status, for {@code /metrics}. */
    @FunctionalInterface
    public interface FeedRequestCounter {
        FeedRequestCounter NONE = (feed, format, status) -> { };

        void count(String feed, String format, int status);
    }
}
