package org.rawafid.dedupe;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The comparable form of a {@link Text}: its normalised text (number words as digits), its
 * stemmed tokens (title then lead, at most {@link Fingerprinter#MAX_TOKENS}), the numbers it
 * mentions, its LSH band hashes (one per band, band index mixed in, so equal values mean a
 * shared band), the places it names ({@link Gazetteer}) and its money amounts
 * ({@code "2600 جنيه"}, number and currency word), and the direction its title gives each market it
 * names ({@code moves}: ذهب → DOWN, see {@link Cue#marketDirections}).
 *
 * <p>{@code words} is derived from {@code tokens} once, when the fingerprint is made, because a
 * cached fingerprint is compared with many new items (see {@link WordSet}).
 */
public record Fingerprint(String normalized, List<String> tokens, Set<String> numbers, Set<String> titleNumbers,
                          Set<Cue> cues, long[] bands, WordSet words, Set<Place> places, Set<String> amounts,
                          int titleTokens, Map<String, Cue> moves) {
    public Fingerprint {
        if (titleTokens < 0 || titleTokens > tokens.size()) {
            throw new IllegalArgumentException("titleTokens: must be 0.." + tokens.size() + ", was " + titleTokens);
        }
        places = Set.copyOf(places);
        amounts = Set.copyOf(amounts);
        Objects.requireNonNull(normalized, "normalized");
        tokens = List.copyOf(tokens);
        numbers = Set.copyOf(numbers);
        titleNumbers = Set.copyOf(titleNumbers);
        cues = Set.copyOf(cues);
        bands = bands.clone();
        Objects.requireNonNull(words, "words");
        moves = Map.copyOf(moves);
    }

    public Fingerprint(String normalized, List<String> tokens, Set<String> numbers, Set<String> titleNumbers,
                       Set<Cue> cues, long[] bands) {
        this(normalized, tokens, numbers, titleNumbers, cues, bands, new WordSet(tokens), Set.of(), Set.of(),
                tokens.size(), Map.of());
    }

    /** The tokens of the title alone (the first {@code titleTokens}): where names stand. */
    public List<String> titleTokenList() {
        return tokens.subList(0, titleTokens);
    }

    /** The same fingerprint without band hashes (what a cache keeps of a stored item). */
    Fingerprint withoutBands() {
        return new Fingerprint(normalized, tokens, numbers, titleNumbers, cues, new long[0], words, places, amounts,
                titleTokens, moves);
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
                && numbers.equals(f.numbers) && titleNumbers.equals(f.titleNumbers) && cues.equals(f.cues) && Arrays.equals(bands, f.bands)
                && places.equals(f.places) && amounts.equals(f.amounts) && moves.equals(f.moves);
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
