package org.rawafid.fetch;

import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The redirects one fetch has followed: enforces the hop limit and catches loops, and
 * remembers where the leading run of permanent (301/308) hops ended — the URL a source
 * should be polled at from now on. Not thread-safe; one per fetch.
 */
final class RedirectTrail {
    static final int MAX_REDIRECTS = 5;

    private final Set<URI> seen = new HashSet<>();
    private URI movedTo;
    private boolean permanentSoFar = true;
    private int count;

    RedirectTrail(URI start) {
        seen.add(start);
    }

    /** Records following {@code redirect} to {@code next}, or says why it must not be followed. */
    Optional<String> follow(HopResponse redirect, URI next) {
        if (count == MAX_REDIRECTS) {
            return Optional.of("more than " + MAX_REDIRECTS + " redirects");
        }
        if (!seen.add(next)) {
            return Optional.of("redirect loop at " + next);
        }
        count++;
        permanentSoFar &= redirect.isPermanentRedirect();
        if (permanentSoFar) {
            movedTo = next;
        }
        return Optional.empty();
    }

    /** The new permanent URL, or {@code null} when the first hop was not permanent (or there was none). */
    URI movedTo() {
        return movedTo;
    }
}
