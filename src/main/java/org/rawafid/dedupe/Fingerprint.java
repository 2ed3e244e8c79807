package org.rawafid.dedupe;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The comparable form of a {@link Text}: its normalised text, its stemmed tokens (title
 * then lead, at most {@link Fingerprinter#MAX_TOKENS}), the numbers it mentions and its
 * LSH band hashes (one per band, band index mixed in, so equal values mean a shared band).
 *
 * <p>{@code words} is derived from {@code tokens} once, when the fingerprint is made, because a
 * cached fingerprint is compared with many new items (see {@link WordSet}).
 */
public record Fingerprint(String normalized, List<String> tokens, Set<String> numbers, Set<String> titleNumbers,
                          Set<Cue> cues, long[] bands, WordSet words) {
    public Fingerprint {
        Objects.requireNonNull(normalized, "normalized");
        tokens = List.copyOf(tokens);
        numbers = Set.copyOf(numbers);
        titleNumbers = Set.copyOf(titleNumbers);
        cues = Set.copyOf(cues);
        bands = bands.clone();
        Objects.requireNonNull(words, "words");
    }

    public Fingerprint(String normalized, List<String> tokens, Set<String> numbers, Set<String> titleNumbers,
                       Set<Cue> cues, long[] bands) {
        this(normalized, tokens, numbers, titleNumbers, cues, bands, new WordSet(tokens));
    }

    /** Whether LSH would offer these two as candidates: at least one band hash in common. */
    public boolean sharesBandWith(Fingerprint other) {
        for (long a : bands) {
            for (long b : other.bands) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && normalized.equals(f.normalized) && tokens.equals(f.tokens)
                && numbers.equals(f.numbers) && titleNumbers.equals(f.titleNumbers) && cues.equals(f.cues) && Arrays.equals(bands, f.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized, tokens, numbers, titleNumbers, cues, Arrays.hashCode(bands));
    }

    @Override
    public String toString() {
        return "Fingerprint[" + normalized + ", tokens=" + tokens + ", numbers=" + numbers + "]";
    }
}
