package org.rawafid.fetch;

import java.time.Duration;
import java.util.Locale;

/** Reads {@code max-age} from a {@code Cache-Control} header (RFC 9111 §5.2.2.1). */
final class CacheControl {
    private CacheControl() {
    }

    /** The max-age, or {@code null} when absent or malformed. */
    static Duration maxAge(String header) {
        if (header == null) {
            return null;
        }
        for (String directive : header.split(",")) {
            String d = directive.trim().toLowerCase(Locale.ROOT);
            if (d.startsWith("max-age=")) {
                String value = d.substring("max-age=".length()).replace("\"", "");
                try {
                    return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
