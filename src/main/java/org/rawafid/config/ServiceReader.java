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
                m.nonBlank("database").orElse(d.database()),
                m.duration("retention", Duration.ofHours(1), Duration.ofDays(36500)).orElse(d.retention()),
                m.nonBlank("userAgent").orElse(d.userAgent()),
                Urls.http(m, "hub").orElse(d.hub()),
                m.bool("allowPrivateNetworks").orElse(d.allowPrivateNetworks()));
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
