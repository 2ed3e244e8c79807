package org.rawafid.publish;

import java.util.Objects;

/**
 * Renders a story's page (SPEC §8a) as HTML or JSON. Thread-safe.
 *
 * <pre>{@code
 * byte[] html = new StoryWriter().render(story, Format.HTML);
 * }</pre>
 */
public final class StoryWriter {
    /** The Content-Type of the JSON form. */
    public static final String JSON_TYPE = "application/json; charset=utf-8";

    private final StoryPage html = new StoryPage();
    private final StoryJsonRenderer json = new StoryJsonRenderer();

    /** The page as UTF-8 bytes; only {@link Format#HTML} and {@link Format#JSON} are served for stories. */
    public byte[] render(StoryView story, Format format) {
        Objects.requireNonNull(story, "story");
        return switch (Objects.requireNonNull(format, "format")) {
            case HTML -> html.render(story);
            case JSON -> json.render(story);
            default -> throw new IllegalArgumentException("stories are served as HTML or JSON, not " + format);
        };
    }
}
