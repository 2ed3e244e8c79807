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
}
