package org.rawafid.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.rawafid.config.Source;
import org.rawafid.refresh.SourceRefresher;

import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.function.Consumer;

/** Refreshes one source, then re-arms itself. Never two runs of one source at once. */
@DisallowConcurrentExecution
final class RefreshJob implements Job {
    private final SourceRefresher refresher;
    private final FetchScheduler scheduler;
    private final Consumer<Duration> lag;

    RefreshJob(SourceRefresher refresher, FetchScheduler scheduler, Consumer<Duration> lag) {
        this.refresher = Objects.requireNonNull(refresher);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.lag = Objects.requireNonNull(lag);
    }

    @Override
    public void execute(JobExecutionContext context) {
        Date scheduled = context.getScheduledFireTime();
        Date fired = context.getFireTime();
        if (scheduled != null && fired != null) {
            lag.accept(Duration.between(scheduled.toInstant(), fired.toInstant()));
        }
        String id = context.getJobDetail().getJobDataMap().getString("source");
        Source source = scheduler.source(id);
        if (source == null) {
            return; // removed from feeds.yml while this run was queued
        }
        try {
            refresher.refresh(source);
        } finally {
            scheduler.rearm(id);
        }
    }
}
