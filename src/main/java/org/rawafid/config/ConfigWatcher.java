package org.rawafid.config;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload of feeds.yml (SPEC §2): watches the file's folder, and the folder of the file a symlink
 * points to, because editors save by writing a new file and renaming it over the old one, and
 * Kubernetes ConfigMaps swap a {@code ..data} symlink; neither is seen by watching the file alone.
 *
 * <p>After a burst of changes settles (debounce, default 1 s) the file is read once; when its bytes
 * differ from the last seen, it is loaded and the listener gets either the new {@link Config} or the
 * {@link ConfigException} (an invalid save changes nothing; the caller keeps its last good config).
 * Call {@link #start()} right after the initial load, so that load is the baseline.
 *
 * <p>Listener calls come from one background thread, or from the caller of {@link #reloadNow()};
 * they never overlap.
 */
public final class ConfigWatcher implements AutoCloseable {
    /** Receives the outcome of each reload of changed content. */
    public interface Listener {
        void onReload(Config config);

        void onError(ConfigException error);
    }

    private static final Logger log = LoggerFactory.getLogger(ConfigWatcher.class);

    private final Path file;
    private final Path absolute;
    private final ConfigLoader loader;
    private final Listener listener;
    private final Duration debounce;
    private final ScheduledExecutorService timer;
    private final Map<Path, WatchKey> watched = new HashMap<>();
    private WatchService watchService;
    private Thread eventThread;
    private ScheduledFuture<?> pending;
    private ContentHash lastSeen;

    public ConfigWatcher(Path file, ConfigLoader loader, Listener listener) {
        this(file, loader, listener, Duration.ofSeconds(1));
    }

    public ConfigWatcher(Path file, ConfigLoader loader, Listener listener, Duration debounce) {
        if (file == null || loader == null || listener == null || debounce == null || debounce.isNegative()) {
            throw new IllegalArgumentException("file, loader, listener and a non-negative debounce are required");
        }
        this.file = file; // as given, so error messages name it the way the admin did
        this.absolute = file.toAbsolutePath();
        this.loader = loader;
        this.listener = listener;
        this.debounce = debounce;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "config-reload"));
    }

    /** Takes the file's current content as the baseline and starts watching. */
    public synchronized void start() throws IOException {
        if (watchService != null) {
            throw new IllegalStateException("already started");
        }
        lastSeen = ContentHash.of(file);
        watchService = absolute.getFileSystem().newWatchService();
        watchDirectories();
        eventThread = daemon(this::takeEvents, "config-watch");
        eventThread.start();
    }

    /** Re-reads the file now (e.g. on SIGHUP); reports only if its content changed since last seen. */
    public synchronized void reloadNow() {
        ContentHash current = ContentHash.of(file);
        if (current.isSameAs(lastSeen)) {
            return;
        }
        lastSeen = current;
        watchDirectories();
        if (current.error().isPresent()) {
            notify(() -> listener.onError(current.error().get()));
            return;
        }
        try {
            Config config = loader.load(file, current.bytes().orElseThrow());
            notify(() -> listener.onReload(config));
        } catch (ConfigException e) {
            notify(() -> listener.onError(e));
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("closing the watch service of {}", file, e);
            }
        }
    }

    private void takeEvents() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean relevant = key.pollEvents().stream().anyMatch(this::isRelevant);
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stop) {
            log.debug("stopped watching {}", file);
        }
    }

    /**
     * Only our file's names count: the folder may also hold the database, whose constant writes
     * would otherwise postpone the debounced reload forever. Names starting with ".." are the
     * ConfigMap symlinks ({@code ..data}) that are swapped to publish a new version.
     */
    private boolean isRelevant(WatchEvent<?> event) {
        if (event.kind() == OVERFLOW) {
            return true;
        }
        String name = event.context().toString();
        return name.startsWith("..") || relevantNames().contains(name);
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(this::reloadNow, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void watchDirectories() {
        if (watchService == null) {
            return;
        }
        Set<Path> wanted = directories();
        watched.entrySet().removeIf(e -> {
            boolean stale = !wanted.contains(e.getKey());
            if (stale) {
                e.getValue().cancel();
            }
            return stale;
        });
        for (Path dir : wanted) {
            if (!watched.containsKey(dir) || !watched.get(dir).isValid()) {
                try {
                    watched.put(dir, dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
                } catch (IOException | ClosedWatchServiceException e) {
                    log.warn("cannot watch {} for changes to {}: {}", dir, file, e.toString());
                }
            }
        }
    }

    private Set<Path> directories() {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(absolute.getParent());
        realFile().ifPresent(real -> dirs.add(real.getParent()));
        return dirs;
    }

    private Set<String> relevantNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(absolute.getFileName().toString());
        realFile().ifPresent(real -> names.add(real.getFileName().toString()));
        return names;
    }

    private Optional<Path> realFile() {
        try {
            return Optional.of(absolute.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.error("config listener failed", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
