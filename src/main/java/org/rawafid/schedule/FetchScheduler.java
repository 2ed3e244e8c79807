package org.rawafid.schedule;

import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.rawafid.config.Source;
import org.rawafid.model.SourceState;
import org.rawafid.refresh.SourceRefresher;
import org.rawafid.store.SourceStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * One Quartz job per enabled source (SPEC §1 schedule). Each job has one trigger repeating at
 * the source's interval; after every refresh the job re-arms that trigger at the next fetch
 * time the refresh stored, so backoff, Retry-After and restarts all flow through one value:
 * {@code source_state.next_fetch_at}. (The repeat only matters if a re-arm is lost.)
 *
 * <p>Sources due at start (never fetched, or overdue) are spread over the first 30 seconds;
 * the others resume at their stored time. Thread-safe.
 *
 * <p><b>Cluster.</b> Given a {@link Cluster} (PostgreSQL), the jobs live in Quartz's clustered
 * JDBC job store ({@code JobStoreTX}, PostgreSQL delegate, {@code isClustered=true}, tables from
 * migration {@code postgresql/V3__quartz.sql}), shared by every node: Quartz's row locks make
 * each trigger fire on exactly one node, and a node that stops checking in has its fired
 * triggers recovered by the others. Every node reconciles the jobs with its own feeds.yml
 * idempotently: a job is created only when missing (creating one another node created first is
 * no error), replaced only when its URL or interval differ from the configuration, and removed
 * when the source is gone; an unchanged source's trigger is never touched, so nodes starting or
 * reloading together don't re-arm (and double-fetch) each other's sources. The job remembers the
 * URL and interval it was armed for, which is how a node tells "changed" from "already done".
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
    private final boolean clustered;

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
        this(refresher, states, clock, random, threads, startWindow, lag, null);
    }

    /**
     * The clustered job store's settings: the shared PostgreSQL database and how often each node
     * checks in. A node is taken for dead ~{@code checkin} + 7.5 s after its last check-in; its
     * fired triggers (and any job it was running, which requests recovery) then go to the others.
     * {@code idleWait} bounds how long a node sleeps when it sees nothing due, so it notices
     * triggers another node armed.
     */
    public record Cluster(DataSource dataSource, Duration checkin, Duration idleWait) {
        public static final Duration DEFAULT_CHECKIN = Duration.ofMillis(7500);
        public static final Duration DEFAULT_IDLE_WAIT = Duration.ofSeconds(5);

        public Cluster {
            Objects.requireNonNull(dataSource, "dataSource");
            Objects.requireNonNull(checkin, "checkin");
            Objects.requireNonNull(idleWait, "idleWait");
        }

        public Cluster(DataSource dataSource) {
            this(dataSource, DEFAULT_CHECKIN, DEFAULT_IDLE_WAIT);
        }
    }

    /**
     * @param cluster null: jobs in memory (one node, SQLite); else the clustered JDBC job store
     */
    public FetchScheduler(SourceRefresher refresher, SourceStateRepository states, InstantSource clock,
                          RandomGenerator random, int threads, Duration startWindow,
                          java.util.function.Consumer<Duration> lag, Cluster cluster) {
        this.states = Objects.requireNonNull(states);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.startWindow = Objects.requireNonNull(startWindow);
        this.clustered = cluster != null;
        try {
            Properties p = cluster == null ? QuartzProperties.inMemory(threads) : QuartzProperties.clustered(threads, cluster);
            this.quartz = new StdSchedulerFactory(p).getScheduler();
            // Quartz keeps schedulers in a JVM-wide registry by name, and every node of a cluster
            // must use the same name; leaving it out of the registry lets several nodes share one
            // JVM (the cluster test) and changes nothing for one.
            SchedulerRepository.getInstance().remove(quartz.getSchedulerName());
            quartz.setJobFactory(new RefreshJobFactory(refresher, this, Objects.requireNonNull(lag)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule: cannot create the Quartz scheduler", e);
        }
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
     * or disabled ones unscheduled, sources whose URL or interval changed re-armed, the others
     * left as they are. Idempotent, also across the nodes of a cluster.
     */
    public synchronized void apply(Collection<Source> configured) {
        Set<String> wanted = new HashSet<>();
        for (Source s : configured) {
            if (!s.enabled()) {
                continue;
            }
            wanted.add(s.id());
            sources.put(s.id(), s);
            try {
                JobDetail stored = quartz.getJobDetail(JobKey.jobKey(s.id(), GROUP));
                boolean armed = stored != null && quartz.checkExists(TriggerKey.triggerKey(s.id(), GROUP));
                boolean changed = stored != null && !armedFor(stored, s);
                if (!armed || changed) {
                    create(s, firstFireTime(s, changed), stored != null);
                }
            } catch (SchedulerException e) {
                throw new IllegalStateException("schedule: cannot schedule source " + s.id(), e);
            }
        }
        sources.keySet().retainAll(wanted);
        try {
            for (JobKey job : quartz.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (!wanted.contains(job.getName())) {
                    unschedule(job.getName());
                }
            }
        } catch (SchedulerException e) {
            log.warn("schedule: cannot list jobs", e);
        }
    }

    /** Whether a stored job was armed for this source's URL and interval. */
    private static boolean armedFor(JobDetail job, Source s) {
        JobDataMap data = job.getJobDataMap();
        return s.url().toString().equals(data.getString("url"))
                && Long.toString(s.interval().toMillis()).equals(data.getString("interval"));
    }

    /** The current configuration of a scheduled source, or null once it was removed. */
    Source source(String id) {
        return sources.get(id);
    }

    private Instant firstFireTime(Source s, boolean changed) {
        Instant now = clock.instant();
        SourceState state = states.get(s.id());
        if (state.nextFetchAt() == null || !state.nextFetchAt().isAfter(now) || changed
                || !s.url().toString().equals(state.configuredUrl())) {
            return now.plusMillis(random.nextLong(Math.max(1, startWindow.toMillis())));
        }
        return state.nextFetchAt();
    }

    /** Re-arms a source's job after a refresh, at the stored next fetch time. */
    void rearm(String sourceId) {
        Source source = sources.get(sourceId);
        if (source == null) {
            return;
        }
        TriggerKey key = TriggerKey.triggerKey(sourceId, GROUP);
        SourceState state = states.get(sourceId);
        try {
            if (state.isDisabled()) {
                log.warn("source {}: disabled ({}); not scheduled again", sourceId, state.disabledReason());
                quartz.unscheduleJob(key);
                return;
            }
            Instant now = clock.instant();
            Instant next = state.nextFetchAt() != null ? state.nextFetchAt() : now.plus(source.interval());
            if (!next.isAfter(now)) {
                // The refresh stored no new time (it died before it could): a time in the past would
                // fire again at once, forever (issue 18, row 6: 226 fetches in 55 s).
                log.warn("source {}: next fetch time {} is not in the future; re-armed one interval from now",
                        sourceId, next);
                next = now.plus(source.interval());
            }
            // Only an existing trigger is moved: a job another node removed (the source left
            // feeds.yml there first) stays removed.
            quartz.rescheduleJob(key, trigger(sourceId, next, source.interval()));
        } catch (SchedulerException e) {
            log.warn("schedule: cannot re-arm source {}", sourceId, e);
        }
    }

    /** Creates (or, with {@code replace}, replaces) a source's job and trigger. */
    private void create(Source s, Instant at, boolean replace) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(RefreshJob.class).withIdentity(JobKey.jobKey(s.id(), GROUP))
                .usingJobData("source", s.id()).usingJobData("url", s.url().toString())
                .usingJobData("interval", Long.toString(s.interval().toMillis()))
                // A node that dies mid-refresh: another node runs the refresh again.
                .requestRecovery(true).storeDurably().build();
        try {
            quartz.scheduleJob(detail, Set.of(trigger(s.id(), at, s.interval())), replace);
        } catch (ObjectAlreadyExistsException e) {
            log.debug("schedule: source {} was scheduled by another node meanwhile", s.id());
        }
    }

    /**
     * The trigger of a source: first at {@code at}, then every interval until the next re-arm.
     * Misfire (not started within a minute of its time: every node down or busy): fire now —
     * the source is overdue, and waiting for the next slot would skip a whole interval.
     */
    private static Trigger trigger(String id, Instant at, Duration interval) {
        return TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(id, GROUP)).forJob(JobKey.jobKey(id, GROUP))
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNowWithExistingCount())
                .build();
    }

    /** Whether jobs are in the cluster's shared store. */
    public boolean clustered() {
        return clustered;
    }

    private void unschedule(String id) {
        try {
            quartz.deleteJob(JobKey.jobKey(id, GROUP));
        } catch (SchedulerException e) {
            log.warn("schedule: cannot unschedule {}", id, e);
        }
    }

    /**
     * The next fire time of each scheduled source. In a cluster this is empty: the triggers are
     * rows in the database, one query each, and every re-arm writes the same time to
     * {@code source_state.next_fetch_at}, which callers fall back to.
     */
    public Map<String, Instant> nextFireTimes() {
        return clustered ? Map.of() : armedTimes();
    }

    /** The time each source's trigger is armed for, read from the job store (one query per source in a cluster). */
    public Map<String, Instant> armedTimes() {
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
