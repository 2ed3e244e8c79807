package org.rawafid.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a typo most likely meant, by Levenshtein distance (case-insensitive). */
final class KeySuggester {
    private KeySuggester() {
    }

    /** The nearest candidate, if it is close enough to be a plausible typo rather than a different word. */
    static Optional<String> nearest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(t, c.toLowerCase(Locale.ROOT))))
                .filter(c -> distance(t, c.toLowerCase(Locale.ROOT)) <= Math.max(2, Math.min(t.length(), c.length()) / 3));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
