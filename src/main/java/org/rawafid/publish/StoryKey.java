package org.rawafid.publish;

import java.util.Optional;

/**
 * A story's key (SPEC §8a): the 32 lower-case hex digits of its {@code urn:rawafid:story:} id,
 * as in {@code /stories/{key}.html}.
 */
public final class StoryKey {
    static final String PREFIX = "urn:rawafid:story:";
    private static final int LENGTH = 32;

    private StoryKey() {
    }

    /** The key of a story id, or empty when the id is not a story id Rawafid minted. */
    public static Optional<String> ofGuid(String guid) {
        if (guid == null || !guid.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String key = guid.substring(PREFIX.length());
        return isKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** The story id a key stands for, or empty when {@code key} is not 32 lower-case hex digits. */
    public static Optional<String> guidOf(String key) {
        return isKey(key) ? Optional.of(PREFIX + key) : Optional.empty();
    }

    /** The absolute URL of a story's page in {@code format} (HTML or JSON), or null for a foreign id. */
    static String pageUrl(String baseUrl, String guid, Format format) {
        return ofGuid(guid).map(key -> baseUrl + "/stories/" + key + "." + format.extension()).orElse(null);
    }

    private static boolean isKey(String key) {
        if (key == null || key.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
