package org.rawafid.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.rawafid.refresh.SourceRefresher;

import java.time.Duration;
import java.util.function.Consumer;

/** Builds {@link RefreshJob}s with their collaborators, so jobs need no static state. */
final class RefreshJobFactory implements JobFactory {
    private final SourceRefresher refresher;
    private final FetchScheduler scheduler;
    private final Consumer<Duration> lag;

    RefreshJobFactory(SourceRefresher refresher, FetchScheduler scheduler, Consumer<Duration> lag) {
        this.refresher = refresher;
        this.scheduler = scheduler;
        this.lag = lag;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler quartz) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type != RefreshJob.class) {
            throw new SchedulerException("schedule: unknown job type " + type);
        }
        return new RefreshJob(refresher, scheduler, lag);
    }
}
