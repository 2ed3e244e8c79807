package org.rawafid.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks a host's robots.txt (RFC 9309) before a scraping source (sitemap, html, telegram) fetches one
 * of its pages. robots.txt is fetched through the feed fetcher — same client, limits, politeness and
 * address checks — and kept per host for {@link #TTL} (the RFC's 24 hours), at most {@link #MAX_HOSTS}
 * hosts, least recently used dropped first; nothing is stored on disk. A 4xx means no rules; an
 * unreachable robots.txt (5xx, network, rate-limited) means "disallow all" for {@link #RETRY} only.
 * Thread-safe; two threads asking about a new host at once may both fetch its robots.txt.
 */
public final class RobotsGate {
    static final Duration TTL = Duration.ofHours(24);
    static final Duration RETRY = Duration.ofMinutes(30);
    static final int MAX_HOSTS = 1024;

    private final FeedFetcher fetcher;
    private final String token;
    private final InstantSource clock;
    private final Map<String, Cached> hosts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_HOSTS;
        }
    };

    private record Cached(RobotsRules rules, Instant until) {
    }

    /** @param userAgent the service's User-Agent; its product token (before the first {@code /}) names us in robots.txt */
    public RobotsGate(FeedFetcher fetcher, String userAgent, InstantSource clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.token = productToken(Objects.requireNonNull(userAgent, "userAgent"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code Rawafid/1.0 (+https://…)} → {@code Rawafid}. */
    static String productToken(String userAgent) {
        String ua = userAgent.strip();
        int end = 0;
        while (end < ua.length() && ua.charAt(end) != '/' && !Character.isWhitespace(ua.charAt(end))) {
            end++;
        }
        return end == 0 ? "Rawafid" : ua.substring(0, end);
    }

    /**
     * Why {@code page} must not be fetched, or empty when robots.txt allows it (always for {@code file:} URLs).
     *
     * @param timeout the source's timeout, used for fetching robots.txt
     */
    public Optional<String> refusal(URI page, Duration timeout) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || page.getHost() == null) {
            return Optional.empty();
        }
        String origin = scheme + "://" + page.getRawAuthority().toLowerCase(Locale.ROOT);
        RobotsRules rules = rulesFor(origin, timeout);
        String path = (page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath())
                + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
        if (rules.isAllowed(path)) {
            return Optional.empty();
        }
        return Optional.of("robots.txt: " + origin + "/robots.txt disallows " + path + " for " + token
                + (rules == RobotsRules.DISALLOW_ALL ? " (robots.txt unreachable; retried later)" : "")
                + "; page skipped");
    }

    private RobotsRules rulesFor(String origin, Duration timeout) {
        Instant now = clock.instant();
        synchronized (hosts) {
            Cached cached = hosts.get(origin);
            if (cached != null && now.isBefore(cached.until())) {
                return cached.rules();
            }
        }
        Cached fresh = fetch(origin, timeout, now);
        synchronized (hosts) {
            hosts.put(origin, fresh);
        }
        return fresh.rules();
    }

    private Cached fetch(String origin, Duration timeout, Instant now) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.of(URI.create(origin + "/robots.txt"), timeout,
                RobotsRules.MAX_BYTES));
        FetchOutcome.Fetched body = outcome instanceof FetchOutcome.Fetched f ? f
                : outcome instanceof FetchOutcome.Moved m ? m.content() : null;
        if (body != null) {
            return new Cached(RobotsRules.parse(new String(body.body(), StandardCharsets.UTF_8), token), now.plus(TTL));
        }
        boolean clientError = outcome instanceof FetchOutcome.Gone
                || outcome instanceof FetchOutcome.Failed failed && failed.status() != null
                && failed.status() >= 400 && failed.status() < 500;
        return clientError ? new Cached(RobotsRules.ALLOW_ALL, now.plus(TTL))
                : new Cached(RobotsRules.DISALLOW_ALL, now.plus(RETRY));
    }
}
