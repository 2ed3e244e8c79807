package org.rawafid;

import org.rawafid.config.Config;

import java.util.Objects;

/**
 * The configuration in force while the service runs: the last valid feeds.yml, its
 * generation (1 for the file loaded at start, +1 per applied reload) and the error of the
 * last invalid save, if the file on disk is currently invalid. Thread-safe.
 */
public final class LiveConfig {
    private record Snapshot(Config config, long generation, String error) {
    }

    private volatile Snapshot snapshot;

    public LiveConfig(Config initial) {
        this.snapshot = new Snapshot(Objects.requireNonNull(initial), 1, null);
    }

    public Config config() {
        return snapshot.config();
    }

    public long generation() {
        return snapshot.generation();
    }

    /** The error of the file on disk, or null when the file in force is the file on disk. */
    public String error() {
        return snapshot.error();
    }

    public synchronized void apply(Config next) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(Objects.requireNonNull(next), s.generation() + 1, null);
    }

    public synchronized void reject(String error) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.config(), s.generation(), Objects.requireNonNull(error));
    }
}
