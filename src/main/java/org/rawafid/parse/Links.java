package org.rawafid.parse;

import java.net.URI;
import java.util.Optional;

/** Resolves possibly relative references (RFC 3986 section 5) without throwing on the malformed ones feeds contain. */
final class Links {
    private Links() {
    }

    /** {@code reference} made absolute against {@code base}; the reference as written if either is malformed. */
    static Optional<String> resolve(URI base, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip();
        try {
            URI uri = new URI(ref.replace(" ", "%20"));
            if (uri.isAbsolute() || base == null || base.isOpaque()) {
                return Optional.of(ref);
            }
            // java.net.URI resolves "a" against "http://host" to "http://hosta"; give it the root path.
            URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
            return Optional.of(from.resolve(uri).toString());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.of(ref);
        }
    }
}
