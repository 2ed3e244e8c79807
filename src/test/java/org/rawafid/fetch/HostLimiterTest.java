package org.rawafid.fetch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostLimiterTest {
    @Test
    void refusesAThirdSlotToOneHostButNotToAnother() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(16, 2);

        HostLimiter.Permit first = limiter.acquire("a.example", 0);
        HostLimiter.Permit second = limiter.acquire("A.example", 0);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(limiter.acquire("a.example", 0)).isNull();
        assertThat(limiter.acquire("b.example", 0)).isNotNull();
    }

    @Test
    void closingAPermitFreesItsSlotOnce() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(16, 1);
        HostLimiter.Permit permit = limiter.acquire("a.example", 0);

        permit.close();
        permit.close();

        assertThat(limiter.acquire("a.example", 0)).isNotNull();
        assertThat(limiter.acquire("a.example", 0)).isNull();
    }

    @Test
    void boundsTheTotalAcrossHostsAndGivesBackTheHostSlotWhenTheTotalIsFull() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(2, 2);
        limiter.acquire("a.example", 0);
        HostLimiter.Permit b = limiter.acquire("b.example", 0);

        assertThat(limiter.acquire("c.example", 0)).isNull();

        b.close();
        assertThat(limiter.acquire("c.example", 0)).isNotNull();
        assertThat(limiter.acquire("b.example", 0)).isNull();
    }

    @Test
    void forgetsEveryHostOnceItsLastPermitIsClosed() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(16, 2);

        for (int i = 0; i < 100_000; i++) {
            HostLimiter.Permit p = limiter.acquire("host" + i + ".example", 0);
            p.close();
        }
        HostLimiter.Permit held = limiter.acquire("busy.example", 0);
        assertThat(limiter.acquire("full-" + 1 + ".example", 0)).isNotNull();

        assertThat(limiter.trackedHosts()).isEqualTo(2);
        held.close();
        assertThat(limiter.trackedHosts()).isEqualTo(1);
    }

    @Test
    void keepsAHostWhileOneOfItsPermitsIsHeldSoItsLimitStillBinds() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(16, 1);
        HostLimiter.Permit first = limiter.acquire("a.example", 0);

        assertThat(limiter.acquire("a.example", 0)).isNull(); // a refused caller leaves no trace behind
        assertThat(limiter.trackedHosts()).isEqualTo(1);
        assertThat(limiter.acquire("a.example", 0)).isNull();

        first.close();
        assertThat(limiter.trackedHosts()).isZero();
        assertThat(limiter.acquire("a.example", 0)).isNotNull();
    }

    @Test
    void aHostRefusedForTheGlobalLimitIsNotKept() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(1, 2);
        HostLimiter.Permit a = limiter.acquire("a.example", 0);

        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.acquire("other" + i + ".example", 0)).isNull();
        }

        assertThat(limiter.trackedHosts()).isEqualTo(1);
        a.close();
    }

    @Test
    void droppingIdleHostsNeverLetsMoreThanTheLimitIntoOneHost() throws Exception {
        HostLimiter limiter = new HostLimiter(16, 2);
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<?>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            workers.add(pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    try (HostLimiter.Permit p = limiter.acquire("busy.example", Long.MAX_VALUE / 4)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        inside.decrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (var w : workers) {
            w.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(most.get()).isLessThanOrEqualTo(2);
        assertThat(limiter.trackedHosts()).isZero();
    }
}
