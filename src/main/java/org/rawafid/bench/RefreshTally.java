package org.rawafid.bench;

import org.rawafid.config.Source;
import org.rawafid.refresh.RefreshListener;
import org.rawafid.refresh.RefreshReport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Collects the reports of one poll and lets the bench wait until every source has reported. */
final class RefreshTally implements RefreshListener {
    private final int expected;
    private List<RefreshReport> reports = new ArrayList<>();
    private CountDownLatch done;

    RefreshTally(int expected) {
        this.expected = expected;
        this.done = new CountDownLatch(expected);
    }

    @Override
    public synchronized void onRefresh(Source source, RefreshReport report) {
        reports.add(report);
        done.countDown();
    }

    synchronized void restart() {
        reports = new ArrayList<>();
        done = new CountDownLatch(expected);
    }

    void awaitAll() {
        CountDownLatch latch;
        synchronized (this) {
            latch = done;
        }
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("bench: " + latch.getCount() + " sources never reported in 30 min");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench: interrupted while waiting for the poll", e);
        }
    }

    synchronized List<RefreshReport> reports() {
        return List.copyOf(reports);
    }
}
