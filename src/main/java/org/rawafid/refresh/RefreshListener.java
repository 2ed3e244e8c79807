package org.rawafid.refresh;

import org.rawafid.config.Source;

/** Told about every finished refresh: logs, metrics, feed re-rendering, the CLI's progress bar. */
@FunctionalInterface
public interface RefreshListener {
    RefreshListener NONE = (source, report) -> { };

    void onRefresh(Source source, RefreshReport report);

    default RefreshListener andThen(RefreshListener next) {
        return (source, report) -> {
            onRefresh(source, report);
            next.onRefresh(source, report);
        };
    }
}
