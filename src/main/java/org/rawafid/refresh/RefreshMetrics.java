package org.rawafid.refresh;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.rawafid.config.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Logs one line per fetch and counts it in Micrometer ({@code rawafid_fetches_total},
 * {@code rawafid_fetch_duration_seconds}, {@code rawafid_items_total}).
 */
public final class RefreshMetrics implements RefreshListener {
    private static final Logger log = LoggerFactory.getLogger("org.rawafid.fetch.log");

    private final MeterRegistry registry;

    public RefreshMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    @Override
    public void onRefresh(Source source, RefreshReport r) {
        Counter.builder("rawafid.fetches").description("Fetches by source and outcome")
                .tag("source", source.id()).tag("outcome", r.outcome()).register(registry).increment();
        Timer.builder("rawafid.fetch.duration").description("Fetch + parse + store time per source")
                .publishPercentileHistogram().tag("source", source.id()).register(registry).record(r.duration());
        Counter.builder("rawafid.items").description("Items stored, by kind").tag("kind", "new")
                .register(registry).increment(r.newItems());
        Counter.builder("rawafid.items").description("Items stored, by kind").tag("kind", "updated")
                .register(registry).increment(r.updatedItems());
        Counter.builder("rawafid.fetched.bytes").description("Feed bytes received, after decoding").baseUnit("bytes")
                .tag("source", source.id()).register(registry).increment(r.bytes());
        Counter.builder("rawafid.stories.merged").description("New items that joined another outlet's story")
                .register(registry).increment(r.merged());
        if (r.isFailure() && r.error().startsWith("parse:")) {
            Counter.builder("rawafid.parse.errors").description("Fetched bodies that could not be parsed")
                    .tag("source", source.id()).register(registry).increment();
        }
        logLine(source, r);
    }

    /**
     * One line per fetch with every field an admin filters on. The text line says it all; the JSON
     * format also carries the fields as key-value pairs ({@code kvpList}) for log shippers.
     */
    private static void logLine(Source source, RefreshReport r) {
        org.slf4j.spi.LoggingEventBuilder line = r.isFailure() ? log.atWarn() : log.atInfo();
        line = line.addKeyValue("source", source.id()).addKeyValue("outcome", r.outcome())
                .addKeyValue("status", r.httpStatus()).addKeyValue("ms", r.duration().toMillis())
                .addKeyValue("new", r.newItems()).addKeyValue("updated", r.updatedItems())
                .addKeyValue("bytes", r.bytes());
        String text = "source=" + source.id() + " outcome=" + r.outcome() + " status=" + r.httpStatus()
                + " new=" + r.newItems() + " updated=" + r.updatedItems() + " bytes=" + r.bytes()
                + " ms=" + r.duration().toMillis();
        if (r.isFailure()) {
            line = line.addKeyValue("error", r.error());
            text += " error=\"" + r.error() + "\"";
        }
        line.log(text);
    }
}
