package org.rawafid.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.rawafid.config.Source;
import org.rawafid.refresh.SourceRefresher;

import java.util.Objects;

/** Refreshes one source, then re-arms itself. Never two runs of one source at once. */
@DisallowConcurrentExecution
final class RefreshJob implements Job {
    private final SourceRefresher refresher;
    private final FetchScheduler scheduler;

    RefreshJob(SourceRefresher refresher, FetchScheduler scheduler) {
        this.refresher = Objects.requireNonNull(refresher);
        this.scheduler = Objects.requireNonNull(scheduler);
    }

    @Override
    public void execute(JobExecutionContext context) {
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
