package org.rawafid.config;

import java.util.Optional;

/** Source and feed ids appear in URLs and file names, so they are held to a strict, URL-safe shape. */
final class Ids {
    private Ids() {
    }

    static Optional<String> read(YamlMap m, String key) {
        return m.string(key).filter(id -> m.valid(KnownKeys.ID.matcher(id).matches(), key, Durations.quote(id)
                + " is not a valid id (use lowercase a-z, digits and -, starting with a letter or digit)"));
    }
}
