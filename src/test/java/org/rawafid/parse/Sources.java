package org.rawafid.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.rawafid.config.Source;

/** Sources of each kind and the fixtures under {@code src/test/resources/parse/kinds}, for the reader tests. */
final class Sources {
    private Sources() {
    }

    static Source of(Source.Type type, String url, Source.Select select) {
        return new Source("s", URI.create(url), null, Duration.ofMinutes(15), Duration.ofSeconds(10), 5_000_000,
                null, List.of(), true, false, null, type, select);
    }

    static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/parse/kinds", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
