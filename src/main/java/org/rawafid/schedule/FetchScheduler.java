package org.rawafid.schedule;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.rawafid.config.Source;
import org.rawafid.model.SourceState;
import org.rawafid.refresh.SourceRefresher;
import org.rawafid.store.SourceStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * One Quartz job per enabled source (SPEC §1 schedule). Each job fires once; after its refresh
 * it re-arms itself at the next fetch time the refresh stored, so backoff, Retry-After and
 * restarts all flow through one value: {@code source_state.next_fetch_at}.
 *
 * <p>Sources due at start (never fetched, or overdue) are spread over the first 30 seconds;
 * the others resume at their stored time. Thread-safe.
 */
public final class FetchScheduler implements AutoCloseable {
    static final String GROUP = "sources";
    /** SPEC §1: sources due at start are fetched within the first 30 seconds, spread over them. */
    public static final Duration START_WINDOW = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(FetchScheduler.class);

    private final Scheduler quartz;
    private final SourceStateRepository states;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final Duration startWindow;
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    public FetchScheduler(SourceRefresher refresher, SourceStateRepository states, InstantSource clock,
                          RandomGenerator random, int threads, Duration startWindow) {
        this(refresher, states, clock, random, threads, startWindow, lag -> { });
    }

    /**
     * @param lag told, for every run, how late it started against its scheduled time (the job
     *            queue's lag: all threads busy, or a misfire after a pause)
     */
    public FetchScheduler(SourceRefresher refresher, SourceStateRepository states, InstantSource clock,
                          RandomGenerator random, int threads, Duration startWindow,
                          java.util.function.Consumer<Duration> lag) {
        this.states = Objects.requireNonNull(states);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.startWindow = Objects.requireNonNull(startWindow);
        try {
            this.quartz = new StdSchedulerFactory(properties(threads)).getScheduler();
            quartz.setJobFactory(new RefreshJobFactory(refresher, this, Objects.requireNonNull(lag)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot create the Quartz scheduler", e);
        }
    }

    private static Properties properties(int threads) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "rawafid-" + System.identityHashCode(p));
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        // A fetch that could not start on time still runs, as soon as a thread is free.
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    /** Schedules every enabled source and starts firing. */
    public void start(Collection<Source> initial) {
        apply(initial);
        try {
            quartz.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot start", e);
        }
    }

    /**
     * Brings the jobs in line with a (re)loaded configuration: new sources scheduled, removed
     * or disabled ones unscheduled, changed ones re-armed. Idempotent.
     */
    public synchronized void apply(Collection<Source> configured) {
        Set<String> wanted = new HashSet<>();
        for (Source s : configured) {
            if (!s.enabled()) {
                continue;
            }
            wanted.add(s.id());
            Source old = sources.put(s.id(), s);
            if (old == null || !old.equals(s) || !isScheduled(s.id())) {
                arm(s.id(), firstFireTime(s, old));
            }
        }
        for (String id : List.copyOf(sources.keySet())) {
            if (!wanted.contains(id)) {
                sources.remove(id);
                unschedule(id);
            }
        }
    }

    /** The current configuration of a scheduled source, or null once it was removed. */
    Source source(String id) {
        return sources.get(id);
    }

    private Instant firstFireTime(Source s, Source old) {
        Instant now = clock.instant();
        SourceState state = states.get(s.id());
        boolean changed = old != null && (!old.url().equals(s.url()) || !old.interval().equals(s.interval()));
        if (state.nextFetchAt() == null || !state.nextFetchAt().isAfter(now) || changed
                || !s.url().toString().equals(state.configuredUrl())) {
            return now.plusMillis(random.nextLong(Math.max(1, startWindow.toMillis())));
        }
        return state.nextFetchAt();
    }

    /** Re-arms a source's job after a refresh, at the stored next fetch time. */
    void rearm(String sourceId) {
        if (!sources.containsKey(sourceId)) {
            return;
        }
        SourceState state = states.get(sourceId);
        if (state.isDisabled()) {
            log.warn("source {}: disabled ({}); not scheduled again", sourceId, state.disabledReason());
            return;
        }
        Instant next = state.nextFetchAt() != null ? state.nextFetchAt()
                : clock.instant().plus(sources.get(sourceId).interval());
        arm(sourceId, next);
    }

    private synchronized void arm(String id, Instant at) {
        JobKey job = JobKey.jobKey(id, GROUP);
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(id, GROUP)).forJob(job)
                .startAt(Date.from(at)).build();
        try {
            if (quartz.checkExists(trigger.getKey())) {
                quartz.rescheduleJob(trigger.getKey(), trigger);
            } else {
                JobDetail detail = JobBuilder.newJob(RefreshJob.class).withIdentity(job).usingJobData("source", id)
                        .storeDurably().build();
                quartz.addJob(detail, true);
                quartz.scheduleJob(trigger);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot schedule source " + id, e);
        }
    }

    private boolean isScheduled(String id) {
        try {
            return quartz.checkExists(TriggerKey.triggerKey(id, GROUP));
        } catch (SchedulerException e) {
            return false;
        }
    }

    private void unschedule(String id) {
        try {
            quartz.deleteJob(JobKey.jobKey(id, GROUP));
        } catch (SchedulerException e) {
            log.warn("schedule: cannot unschedule {}", id, e);
        }
    }

    /** The next fire time of each scheduled source. */
    public Map<String, Instant> nextFireTimes() {
        Map<String, Instant> times = new ConcurrentHashMap<>();
        try {
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
                Trigger t = quartz.getTrigger(key);
                if (t != null && t.getNextFireTime() != null) {
                    times.put(key.getName(), t.getNextFireTime().toInstant());
                }
            }
        } catch (SchedulerException e) {
            log.warn("schedule: cannot list triggers", e);
        }
        return times;
    }

    public boolean isRunning() {
        try {
            return quartz.isStarted() && !quartz.isShutdown() && !quartz.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Stops firing and waits for running refreshes to finish (each is bounded by its timeouts). */
    @Override
    public void close() {
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("schedule: shutdown failed", e);
        }
    }
}
