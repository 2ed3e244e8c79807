package org.rawafid.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.rawafid.config.Source;
import org.rawafid.refresh.SourceRefresher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.function.Consumer;

/** Refreshes one source, then re-arms itself. Never two runs of one source at once. */
@DisallowConcurrentExecution
final class RefreshJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(RefreshJob.class);
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
            // Removed from feeds.yml while this run was queued; or, in a cluster, a source this
            // node's feeds.yml doesn't have yet (every node must be given the same file).
            if (scheduler.clustered()) {
                log.info("schedule: source {} is not in this node's feeds.yml; skipped this run", id);
            }
            return;
        }
        try {
            refresher.refresh(source);
        } catch (RuntimeException | StackOverflowError e) {
            // SourceRefresher records failures itself; this is the net for a failure in that recording.
            log.error("source {}: refresh failed: {}", id, e.toString().replaceAll("[\\r\\n]+", " "));
        } finally {
            scheduler.rearm(id);
        }
    }
}
