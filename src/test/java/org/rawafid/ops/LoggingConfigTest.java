package org.rawafid.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped logback.xml (tests run with logback-test.xml, so nothing else reads it):
 * it must load without errors and log text or JSON lines to stderr.
 */
class LoggingConfigTest {
    /** Issue 18 row 12: a message or exception message with line breaks or ESC stays on its line. */
    @Test
    void controlCharactersInMessagesAndExceptionsCannotForgeLines() throws Exception {
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("rawafid.log.format", "TEXT");
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
            Logger log = context.getLogger("org.rawafid.fetch.log");
            log.info("source=a error={}", "x\n2026-01-01 INFO forged\r\u001b[31m\u0085\u2028");
            log.warn("failed", new IllegalStateException("bad <hour>1\nERROR forged",
                    new java.io.IOException("cause\nWARN forged")));
        } finally {
            System.setErr(savedErr);
            context.stop();
        }

        String out = err.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("error=x\\n2026-01-01 INFO forged\\r\\u001b[31m\\u0085\\u2028")
                .contains("bad <hour>1\\nERROR forged").contains("cause\\nWARN forged")
                .doesNotContain("\u001b", "\u0085", "\u2028");
        assertThat(out.lines().filter(l -> l.contains("forged"))).hasSize(3);
        assertThat(out.lines().filter(l -> !l.isEmpty() && !Character.isDigit(l.charAt(0)) && !l.startsWith("\t")
                && !l.startsWith("java.") && !l.startsWith("Caused by: "))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"TEXT,source=a outcome=fetched", "JSON,\"message\":\"source=a outcome=fetched\""})
    void shippedConfigurationLoadsAndWritesTheChosenFormatToStderr(String format, String expected) throws Exception {
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("rawafid.log.format", format);
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
            Logger log = context.getLogger("org.rawafid.fetch.log");
            log.info("source=a outcome=fetched");
        } finally {
            System.setErr(savedErr);
            context.stop();
        }

        // Only the appender of the other format goes unused; anything else is a broken configuration.
        assertThat(context.getStatusManager().getCopyOfStatusList()).filteredOn(s -> s.getLevel() >= Status.WARN)
                .filteredOn(s -> !s.getMessage().contains("not referenced")).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void shippedConfigurationSilencesRomesMediaStackTracesButNotOurOwnWarning() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());

            assertThat(context.getLogger("com.rometools.modules.mediarss.io.MediaModuleParser").isWarnEnabled()).isFalse();
            assertThat(context.getLogger("com.rometools.rome.io.impl.DateParser").isWarnEnabled()).isTrue();
            assertThat(context.getLogger("org.rawafid.parse.FeedMapper").isWarnEnabled()).isTrue();
        } finally {
            context.stop();
        }
    }
}
