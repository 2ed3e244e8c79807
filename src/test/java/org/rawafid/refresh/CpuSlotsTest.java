package org.rawafid.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 14, eighth round: at most as many refreshes parse and clean at once as there are slots. */
class CpuSlotsTest {
    @Test
    void noMoreThreadsHoldASlotAtOnceThanThereAreSlots() throws Exception {
        CpuSlots slots = new CpuSlots(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    try (CpuSlots.Held held = slots.take()) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        twoIn.countDown();
                        twoIn.await(); // the first two wait for each other: both slots are taken together
                        Thread.sleep(5);
                        inside.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aThreadWaitingOnTheNetworkLetsAnotherTakeItsSlotAndTakesOneAgainAfter() throws Exception {
        CpuSlots slots = new CpuSlots(1);
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> {
                try (CpuSlots.Held held = slots.take()) {
                    boolean otherRan = slots.waiting(() -> {
                        waiting.countDown();
                        try {
                            return otherDone.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    // Back from the network with its slot: another thread cannot take one now.
                    Future<?> blocked = pool.submit(() -> slots.take().close());
                    Thread.sleep(50);
                    boolean stillBlocked = !blocked.isDone();
                    held.close();
                    blocked.get(30, TimeUnit.SECONDS);
                    return otherRan && stillBlocked;
                }
            });
            assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();
            try (CpuSlots.Held held = slots.take()) { // the only slot, given back by the waiting thread
                otherDone.countDown();
            }
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingTwiceGivesBackOneSlotAndANestedTakeKeepsTheOuterOne() throws Exception {
        CpuSlots slots = new CpuSlots(1);
        CpuSlots.Held outer = slots.take();
        CpuSlots.Held inner = slots.take(); // same thread: no second slot needed
        inner.close();
        assertThat(anotherThreadTakesOneWithin(slots, 200)).as("the inner close gives nothing back").isFalse();
        outer.close();
        outer.close();
        assertThat(anotherThreadTakesOneWithin(slots, 30_000)).isTrue();
        assertThat(slots.waiting(() -> "no slot held: runs as is")).isEqualTo("no slot held: runs as is");
        assertThat(anotherThreadTakesOneWithin(slots, 30_000)).as("waiting without a slot takes none").isTrue();
        CpuSlots.Held again = slots.take();
        again.close();
        assertThat(anotherThreadTakesOneWithin(slots, 30_000)).as("one close gave back the one slot").isTrue();
        assertThatThrownBy(() -> new CpuSlots(0)).hasMessageContaining("at least 1, got 0");
    }

    /** Whether another thread gets a slot (and gives it back) within {@code millis}. */
    private static boolean anotherThreadTakesOneWithin(CpuSlots slots, long millis) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Future<?> taken = one.submit(() -> slots.take().close());
            try {
                taken.get(millis, TimeUnit.MILLISECONDS);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            }
        } finally {
            one.shutdownNow();
        }
    }
}
