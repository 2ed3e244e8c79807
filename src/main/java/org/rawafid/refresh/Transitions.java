package org.rawafid.refresh;

import org.rawafid.config.Source;
import org.rawafid.fetch.FetchOutcome;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.SourceState;

import java.net.URI;
import java.time.Instant;

/** How a source's stored state changes for each fetch outcome. Pure functions. */
final class Transitions {
    private Transitions() {
    }

    /** The URL to poll: the moved-to URL while the configured one is unchanged, else the configured one. */
    static URI effectiveUrl(SourceState s, Source source) {
        String configured = source.url().toString();
        if (s.url() != null && configured.equals(s.configuredUrl())) {
            return URI.create(s.url());
        }
        return source.url();
    }

    /** Validators and moves belong to the URL they were learnt for; an edited URL starts afresh. */
    private static SourceState base(SourceState s, Source source) {
        if (configuredChanged(s, source)) {
            return new SourceState(s.sourceId(), source.url().toString(), source.url().toString(), null, null,
                    s.feedTitle(), s.siteUrl(), s.language(), s.lastFetchAt(), s.lastSuccessAt(), s.outcome(),
                    s.httpStatus(), s.lastError(), s.failures(), s.nextFetchAt(), s.declaredCharset(),
                    s.usedCharset(), null);
        }
        return s;
    }

    private static boolean configuredChanged(SourceState s, Source source) {
        return !source.url().toString().equals(s.configuredUrl());
    }

    static SourceState fetched(SourceState s0, Source source, FetchOutcome.Fetched f, ParsedFeed feed, URI movedTo,
                               Instant now, Instant next) {
        SourceState s = base(s0, source);
        String url = movedTo != null ? movedTo.toString() : s.url();
        return new SourceState(s.sourceId(), url, source.url().toString(), f.etag(), f.lastModified(),
                feed.title(), feed.siteUrl(), feed.language(), now, now, movedTo != null ? "moved" : "fetched",
                f.status(), null, 0, next, feed.declaredCharset(), feed.usedCharset(), null);
    }

    static SourceState notModified(SourceState s0, Source source, FetchOutcome.NotModified nm, Instant now,
                                   Instant next) {
        SourceState s = base(s0, source);
        String url = nm.movedTo() != null ? nm.movedTo().toString() : s.url();
        return new SourceState(s.sourceId(), url, source.url().toString(),
                nm.etag() != null ? nm.etag() : s.etag(), nm.lastModified() != null ? nm.lastModified() : s.lastModified(),
                s.feedTitle(), s.siteUrl(), s.language(), now, now, "not-modified", 304, null, 0, next,
                s.declaredCharset(), s.usedCharset(), null);
    }

    static SourceState gone(SourceState s0, Source source, Instant now, String reason) {
        SourceState s = base(s0, source);
        return new SourceState(s.sourceId(), s.url(), source.url().toString(), s.etag(), s.lastModified(),
                s.feedTitle(), s.siteUrl(), s.language(), now, s.lastSuccessAt(), "gone", 410, reason,
                s.failures() + 1, null, s.declaredCharset(), s.usedCharset(), reason);
    }

    static SourceState rateLimited(SourceState s0, Source source, Instant now, int status, String error,
                                   Instant next) {
        SourceState s = base(s0, source);
        return new SourceState(s.sourceId(), s.url(), source.url().toString(), s.etag(), s.lastModified(),
                s.feedTitle(), s.siteUrl(), s.language(), now, s.lastSuccessAt(), "rate-limited", status, error,
                s.failures(), next, s.declaredCharset(), s.usedCharset(), null);
    }

    static SourceState failed(SourceState s0, Source source, Integer status, String error, Instant now,
                              Instant next) {
        SourceState s = base(s0, source);
        return new SourceState(s.sourceId(), s.url(), source.url().toString(), s.etag(), s.lastModified(),
                s.feedTitle(), s.siteUrl(), s.language(), now, s.lastSuccessAt(), "failed", status, error,
                s.failures() + 1, next, s.declaredCharset(), s.usedCharset(), null);
    }
}
