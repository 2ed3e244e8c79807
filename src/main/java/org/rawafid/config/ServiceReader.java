package org.rawafid.config;

import java.time.Duration;
import java.util.Optional;

/** Reads the {@code service:} and {@code defaults:} blocks. */
final class ServiceReader {
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(30);
    private static final Duration MAX_INTERVAL = Duration.ofDays(7);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private ServiceReader() {
    }

    static Service service(YamlMap m) {
        Service d = Service.DEFAULT;
        return new Service(
                m.integer("port", 1, 65535).map(Long::intValue).orElse(d.port()),
                m.nonBlank("bind").orElse(d.bind()),
                Urls.http(m, "baseUrl").orElse(d.baseUrl()),
                database(m).orElse(d.database()),
                m.duration("retention", Duration.ofHours(1), Duration.ofDays(36500)).orElse(d.retention()),
                m.nonBlank("userAgent").orElse(d.userAgent()),
                Urls.http(m, "hub").orElse(d.hub()),
                m.bool("allowPrivateNetworks").orElse(d.allowPrivateNetworks()));
    }

    /**
     * A SQLite file path, or a PostgreSQL JDBC URL for a cluster. Another {@code jdbc:} URL is an
     * error here rather than a SQLite file oddly named "jdbc:mysql:…" later.
     */
    static Optional<String> database(YamlMap m) {
        return m.nonBlank("database").filter(v -> !v.startsWith("jdbc:") || m.valid(
                v.startsWith("jdbc:postgresql://") && v.length() > "jdbc:postgresql://".length(), "database",
                "a JDBC URL must be jdbc:postgresql://HOST[:PORT]/DATABASE (credentials from RAWAFID_DB_USER and "
                        + "RAWAFID_DB_PASSWORD); anything else is a SQLite file path"));
    }

    static Defaults defaults(YamlMap m) {
        Defaults d = Defaults.DEFAULT;
        return new Defaults(interval(m).orElse(d.interval()), timeout(m).orElse(d.timeout()),
                maxBytes(m).orElse(d.maxBytes()));
    }

    /** Shared with sources, which accept the same keys with the same limits. */
    static Optional<Duration> interval(YamlMap m) {
        return m.duration("interval", MIN_INTERVAL, MAX_INTERVAL);
    }

    static Optional<Duration> timeout(YamlMap m) {
        return m.duration("timeout", Duration.ofSeconds(1), MAX_TIMEOUT);
    }

    static Optional<Long> maxBytes(YamlMap m) {
        return m.size("maxBytes", 1024);
    }
}
