package org.rawafid.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads URL values: absolute http(s) links, and source URLs that may also be files. */
final class Urls {
    private Urls() {
    }

    /** An absolute http or https URL with a host. */
    static Optional<URI> http(YamlMap map, String key) {
        return map.string(key).flatMap(text -> parse(map, key, text))
                .filter(u -> map.valid(isHttp(u), key, "must be an absolute http or https URL"));
    }

    /** http, https or file; a relative {@code file:} path is resolved against the config file's folder. */
    static Optional<URI> source(YamlMap map, String key, Path baseDir) {
        return map.string(key).flatMap(text -> parse(map, key, text)).flatMap(u -> {
            if (isHttp(u)) {
                return Optional.of(u);
            } else if ("file".equalsIgnoreCase(u.getScheme())) {
                return file(map, key, u, baseDir);
            }
            return map.fail(key, "must be http, https or file");
        });
    }

    private static Optional<URI> file(YamlMap map, String key, URI u, Path baseDir) {
        try {
            if (u.isOpaque()) {
                // "file:feeds/x.xml": a relative path, which only makes sense next to the config file.
                return Optional.of(baseDir.resolve(u.getSchemeSpecificPart()).normalize().toUri());
            }
            if (u.getAuthority() != null && !u.getAuthority().isEmpty()) {
                return map.fail(key, "a file URL must not name a host (use file:///path or file:relative/path)");
            }
            return Optional.of(Path.of(u).normalize().toUri());
        } catch (IllegalArgumentException e) {
            return map.fail(key, "is not a usable file path: " + e.getMessage());
        }
    }

    private static Optional<URI> parse(YamlMap map, String key, String text) {
        try {
            return Optional.of(new URI(text.trim()));
        } catch (URISyntaxException e) {
            return map.fail(key, Durations.quote(text) + " is not a URL: " + e.getReason());
        }
    }

    private static boolean isHttp(URI u) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    }
}
