package org.rawafid.refresh;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rawafid.model.ParsedItem;

/**
 * Which items of each source were, as the feed gave them, stored by the last successful refresh,
 * so that the next refresh does not clean them again (issue 18: every poll rebuilt every draft,
 * so one costly item cost its CPU on every poll). Keyed by a hash of the parsed item and the
 * configuration it was built with (64 bits, not a cryptographic hash); kept in memory (a restart cleans everything once), 8 bytes per
 * item, the items of the latest fetch only.
 *
 * <p>Thread-safe.
 */
final class UnchangedItems {
    private final Map<String, long[]> bySource = new ConcurrentHashMap<>();

    boolean contains(String sourceId, long hash) {
        long[] sorted = bySource.get(sourceId);
        return sorted != null && Arrays.binarySearch(sorted, hash) >= 0;
    }

    /** Replaces what is remembered for a source with the items of its latest stored fetch. */
    void remember(String sourceId, long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        bySource.put(sourceId, sorted);
    }

    /**
     * A 64-bit hash of every field of the item and the context it is built in, each field's
     * {@code String.valueOf} form prefixed by its length (what SHA-256 was fed before: the test's oracle).
     * Kept in memory only, so it need not be SHA-256 (issue 14: the UTF-8 copy and SHA-256 of
     * every item's HTML on every poll were ~1.6 % of an ingest's CPU): four chars per step, each
     * step a bijection of the running hash for a given block and of the block for a given hash,
     * so two items that differ in one block of one field never collide, and other pairs do with
     * a chance of about 2^-64.
     */
    static long hash(ParsedItem p, String context) {
        long h = 0x6A09E667F3BCC908L;
        for (Object field : new Object[] {context, p.guid(), p.link(), p.title(), p.contentHtml(), p.summaryHtml(),
            p.author(), p.published(), p.updated(), p.categories(), p.imageUrl(), p.baseUri()}) {
            h = add(h, String.valueOf(field));
        }
        return h;
    }

    private static long add(long h, String s) {
        int n = s.length();
        h = step(h, n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            h = step(h, s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        long rest = 0;
        for (; i < n; i++) {
            rest = rest << 16 | s.charAt(i);
        }
        return step(h, rest);
    }

    /** Xor, multiply by an odd constant, xor-shift: each a bijection. */
    private static long step(long h, long block) {
        h = (h ^ block) * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 29;
    }
}
