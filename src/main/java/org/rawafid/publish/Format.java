package org.rawafid.publish;

import java.util.Arrays;
import java.util.Optional;

/** The formats a merged feed is published in, with the extension and Content-Type to serve them with. */
public enum Format {
    RSS("rss", "application/rss+xml; charset=utf-8"),
    ATOM("atom", "application/atom+xml; charset=utf-8"),
    JSON("json", "application/feed+json"),
    HTML("html", "text/html; charset=utf-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file extension without a dot, as in {@code /feeds/{id}.rss}. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format served for {@code extension} (no dot), or empty when there is none. */
    public static Optional<Format> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
