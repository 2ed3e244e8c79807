package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintCacheTest {
    private final Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
    private final Text putin = new Text("بوتين يلتقي باشينيان في موسكو", "");

    @Test
    void returnsTheFingerprintTakenOfTheSameText() {
        FingerprintCache cache = new FingerprintCache(10);
        Fingerprint f = fingerprinter.comparable(putin);
        cache.put(1, putin, f);

        assertThat(cache.get(1, new Text("بوتين يلتقي باشينيان في موسكو", null))).isSameAs(f);
    }

    @Test
    void ignoresAnEntryWhoseItemTextChanged() {
        FingerprintCache cache = new FingerprintCache(10);
        cache.put(1, putin, fingerprinter.comparable(putin));

        assertThat(cache.get(1, Text.ofTitle("زلزال في تركيا"))).isNull();
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondCapacity() {
        FingerprintCache cache = new FingerprintCache(2);
        Fingerprint f = fingerprinter.comparable(putin);
        cache.put(1, putin, f);
        cache.put(2, putin, f);
        cache.get(1, putin);
        cache.put(3, putin, f);

        assertThat(cache.get(2, putin)).isNull();
        assertThat(cache.get(1, putin)).isSameAs(f);
        assertThat(cache.get(3, putin)).isSameAs(f);
    }

    @Test
    void forgetsAnItemWhoseTextIsRewritten() {
        FingerprintCache cache = new FingerprintCache(10);
        cache.put(1, "hash-a", fingerprinter.comparable(putin));
        cache.remove(1);

        assertThat(cache.get(1, "hash-a")).isNull();
    }
}
