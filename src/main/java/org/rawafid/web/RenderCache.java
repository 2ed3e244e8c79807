package org.rawafid.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered pages kept in memory until the data or the configuration changes (SPEC §4: a page is never
 * served older than the data it shows).
 *
 * <p>Every entry remembers the generation that was current <em>before</em> its render began reading the
 * database; {@link #invalidate()} advances the generation, and an entry of an older generation is never
 * served. So a render that read the database before a write committed, and finished after that write's
 * invalidation, cannot leave its stale page behind: it is stored under the old generation and is dead
 * on arrival. (Clearing a map and putting afterwards had exactly that race.)
 *
 * <p>Thread-safe. Bounded by the keys callers use (feeds × formats, the front page).
 */
final class RenderCache {
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Object renderLock = new Object();

    private record Entry(Representation rep, Instant renderedAt, long generation) {
    }

    /**
     * The page cached under {@code key}, or a fresh render (then cached).
     *
     * @param freshness how long a render may be served regardless of changes (relative times in the
     *                  page), or {@code null} for no limit
     */
    Representation get(String key, Instant now, Duration freshness, Supplier<Representation> render) {
        Objects.requireNonNull(key, "key");
        return peek(key, generation.get(), now, freshness).orElseGet(() -> renderAndStore(key, now, render));
    }

    /**
     * As {@link #get}, but at most one render at a time for this cache: callers arriving during a render
     * wait for it and take its result. The result is stored before the next waiter looks, so none of them
     * renders again (storing after leaving the lock let one more waiter in before the page landed).
     */
    Representation getSerialized(String key, Instant now, Duration freshness, Supplier<Representation> render) {
        Optional<Representation> hit = peek(key, generation.get(), now, freshness);
        if (hit.isPresent()) {
            return hit.get();
        }
        synchronized (renderLock) {
            return peek(key, generation.get(), now, freshness).orElseGet(() -> renderAndStore(key, now, render));
        }
    }

    /** Renders and stores the page under the generation read before the render began reading. */
    private Representation renderAndStore(String key, Instant now, Supplier<Representation> render) {
        long current = generation.get();
        Representation rep = render.get();
        // A slower render of an older generation never replaces a newer one.
        entries.merge(key, new Entry(rep, now, current),
                (old, fresh) -> fresh.generation() >= old.generation() ? fresh : old);
        return rep;
    }

    private Optional<Representation> peek(String key, long current, Instant now, Duration freshness) {
        Entry hit = entries.get(key);
        boolean usable = hit != null && hit.generation() == current
                && (freshness == null || !hit.renderedAt().plus(freshness).isBefore(now));
        return usable ? Optional.of(hit.rep()) : Optional.empty();
    }

    /** Makes every cached page stale; call after a write has committed or the configuration changed. */
    void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
