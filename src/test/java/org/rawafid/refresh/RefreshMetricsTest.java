package org.rawafid.refresh;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rawafid.config.Source;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19.5: every fetch log line carries source, outcome, status, duration, new/updated and bytes, as text and JSON. */
class RefreshMetricsTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger("org.rawafid.fetch.log");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final RefreshMetrics metrics = new RefreshMetrics(new SimpleMeterRegistry());
    private final Source source = new Source("alqahera", URI.create("https://alqaheranews.net/rss.xml"), null,
            Duration.ofMinutes(15), Duration.ofSeconds(20), 5_000_000, null, List.of(), true, false, null);

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void aFetchLineSaysEverythingInTextAndAsJsonFields() {
        metrics.onRefresh(source, new RefreshReport("alqahera", "fetched", 200, 3, 1, Duration.ofMillis(420), null,
                51_234, 0));

        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getFormattedMessage())
                .isEqualTo("source=alqahera outcome=fetched status=200 new=3 updated=1 bytes=51234 ms=420");
        String json = json(line);
        for (String field : List.of("\"source\":\"alqahera\"", "\"outcome\":\"fetched\"", "\"status\":\"200\"",
                "\"ms\":\"420\"", "\"new\":\"3\"", "\"updated\":\"1\"", "\"bytes\":\"51234\"")) {
            assertThat(json).contains(field);
        }
    }

    @Test
    void aFailedFetchIsOneWarningWithItsErrorAndNoStackTrace() throws Exception {
        metrics.onRefresh(source, new RefreshReport("alqahera", "failed", 500, Duration.ofMillis(80),
                "HTTP 500 from https://alqaheranews.net/rss.xml"));

        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getLevel().toString()).isEqualTo("WARN");
        assertThat(line.getThrowableProxy()).isNull();
        assertThat(line.getFormattedMessage()).isEqualTo("source=alqahera outcome=failed status=500 new=0 updated=0"
                + " bytes=0 ms=80 error=\"HTTP 500 from https://alqaheranews.net/rss.xml\"");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json(line)).get("kvpList").get(7)
                .get("error").asText()).isEqualTo("HTTP 500 from https://alqaheranews.net/rss.xml");
    }

    private String json(ILoggingEvent event) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(logger.getLoggerContext());
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
