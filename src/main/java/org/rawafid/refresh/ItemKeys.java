package org.rawafid.refresh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dedup key of an item within its source (SPEC §7): its guid, or — when the feed's
 * guids are unusable (missing, repeated across items of one fetch, or all unknown while
 * the links are already stored, i.e. changing on every poll) — its canonical link.
 *
 * <p>Keys are prefixed ({@code guid:}, {@code link:}) so the two kinds never collide.
 */
final class ItemKeys {
    private ItemKeys() {
    }

    static String ofGuid(String guid) {
        return "guid:" + guid.strip();
    }

    static String ofLink(String canonicalLink) {
        return "link:" + canonicalLink;
    }

    /** Whether every item of one fetch has its own guid. */
    static boolean guidsUsable(List<ItemBuilder.Draft> drafts) {
        Set<String> seen = new HashSet<>();
        for (ItemBuilder.Draft d : drafts) {
            String g = d.parsed().guid();
            if (g == null || g.isBlank() || !seen.add(g.strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chooses each draft's key, in the drafts' order. Known keys win (so a source switching guid policy never
     * duplicates what is stored); otherwise the guid when usable, else the canonical link,
     * else a hash of the title.
     *
     * @param storedKeys        stored keys among the candidates (both kinds)
     * @param storedLinkToKey   canonical link → stored key, for this source
     */
    static List<String> choose(List<ItemBuilder.Draft> drafts, boolean guidsUsable,
                                                 Set<String> storedKeys, Map<String, String> storedLinkToKey) {
        List<String> keys = new ArrayList<>(drafts.size());
        for (ItemBuilder.Draft d : drafts) {
            String guidKey = d.parsed().guid() == null || d.parsed().guid().isBlank() ? null : ofGuid(d.parsed().guid());
            String linkKey = d.canonicalLink() == null ? null : ofLink(d.canonicalLink());
            String storedByLink = d.canonicalLink() == null ? null : storedLinkToKey.get(d.canonicalLink());
            String key;
            if (guidsUsable && guidKey != null && storedKeys.contains(guidKey)) {
                key = guidKey;
            } else if (storedByLink != null) {
                key = storedByLink;
            } else if (guidsUsable && guidKey != null) {
                key = guidKey;
            } else if (linkKey != null) {
                key = linkKey;
            } else {
                key = "title:" + d.title();
            }
            keys.add(key);
        }
        return keys;
    }
}
