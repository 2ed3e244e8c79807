package org.rawafid.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code service:} block.
 *
 * @param database a SQLite file path (relative to the working directory) or a JDBC URL
 * @param hub      WebSub hub to ping on change, or {@code null} when none is set
 */
public record Service(int port, String bind, URI baseUrl, String database, Duration retention,
                      String userAgent, URI hub, boolean allowPrivateNetworks) {
    public static final Service DEFAULT = new Service(8080, "127.0.0.1", URI.create("http://localhost:8080"),
            "data/rawafid.db", Duration.ofDays(30), "Rawafid/1.0 (+https://github.com/rawafid/rawafid)",
            null, false);

    public Service {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** The base URL without a trailing slash, for building absolute self links. */
    public String base() {
        String s = baseUrl.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
