package org.rawafid.dedupe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The comparable fingerprints of recently stored items, by item id, least recently used evicted.
 * Each new item is compared with up to {@link StoryIndex#MAX_CANDIDATES} stored ones, and
 * fingerprinting (NFKC, five regex passes, stemming) cost ~50× more than the comparison while
 * the candidates are nearly always recent items — so they are fingerprinted once, when stored.
 *
 * <p>An entry is used only while the item's version is the one it was taken at; {@link StoryIndex}
 * puts an item's fingerprint when its transaction commits and the refresher drops it when it
 * rewrites the item ({@link StoryIndex#forget}), so an updated item is never compared by its old
 * words and a candidate's words need not be read from the database to check. Thread-safe.
 */
final class FingerprintCache {
    private record Entry(Object version, Fingerprint fingerprint) {
    }

    private final Map<Long, Entry> entries;

    FingerprintCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached fingerprint of {@code itemId} if it was taken at the same version, else null. */
    synchronized Fingerprint get(long itemId, Object version) {
        Entry e = entries.get(itemId);
        return e != null && e.version().equals(version) ? e.fingerprint() : null;
    }

    synchronized void remove(long itemId) {
        entries.remove(itemId);
    }

    synchronized void put(long itemId, Object version, Fingerprint fingerprint) {
        entries.put(itemId, new Entry(Objects.requireNonNull(version), Objects.requireNonNull(fingerprint)));
    }
}
