package org.rawafid.publish;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One source's health as shown on the index page. Nullable fields are simply not shown.
 *
 * @param url             the configured URL
 * @param movedTo         the URL a permanent redirect moved the source to, or {@code null}
 * @param declaredCharset the charset the source declared, or {@code null}
 * @param usedCharset     the charset Rawafid decoded with, or {@code null}; shown when it differs
 * @param disabledReason  why the source is disabled (e.g. 410 Gone, or {@code enabled: false}), or {@code null}
 */
public record SourceHealth(String id, String title, String url, Status status, Instant lastFetch, String lastError,
                           long items, Instant nextFetch, String movedTo, String declaredCharset, String usedCharset,
                           String disabledReason) {
    public SourceHealth {
        Objects.requireNonNull(id, "id");
        title = InertText.name(Objects.requireNonNull(title, "title"));
        url = InertText.text(Objects.requireNonNull(url, "url"));
        lastError = InertText.text(lastError);
        movedTo = InertText.text(movedTo);
        Objects.requireNonNull(status, "status");
    }

    /** True when the declared charset was wrong and another one was used to decode the feed. */
    public boolean isCharsetMislabelled() {
        return declaredCharset != null && usedCharset != null
                && !declaredCharset.trim().equalsIgnoreCase(usedCharset.trim());
    }

    /** A source's state, with its Arabic label and the colour class of the index page. */
    public enum Status {
        PENDING("لم يُجلب بعد", "off"),
        OK("يعمل", "ok"),
        NOT_MODIFIED("لم يتغير", "ok"),
        MOVED("انتقل", "warn"),
        RATE_LIMITED("مُقيَّد مؤقتاً", "warn"),
        FAILING("يفشل", "bad"),
        GONE("أُزيل (410)", "bad"),
        DISABLED("معطَّل", "off");

        private final String label;
        private final String colour;

        Status(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        /** The CSS class suffix: ok, warn, bad or off. */
        public String colour() {
            return colour;
        }

        /**
         * Maps the stored {@code source_state.outcome} (fetched | not-modified | moved | gone |
         * rate-limited | failed, or {@code null} before the first fetch) to a status.
         */
        public static Status ofOutcome(String outcome) {
            if (outcome == null) {
                return PENDING;
            }
            return switch (outcome.toLowerCase(Locale.ROOT)) {
                case "fetched" -> OK;
                case "not-modified" -> NOT_MODIFIED;
                case "moved" -> MOVED;
                case "gone" -> GONE;
                case "rate-limited" -> RATE_LIMITED;
                case "failed" -> FAILING;
                default -> throw new IllegalArgumentException("unknown outcome: " + outcome);
            };
        }
    }
}
