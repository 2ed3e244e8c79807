package org.rawafid.parse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19.5: malformed media:content URLs cost one WARN line per feed and poll, never a stack trace. */
class MalformedMediaLogTest {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger rome = (Logger) LoggerFactory.getLogger("com.rometools");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level romeLevel;

    @BeforeEach
    void capture() {
        events.start();
        root.addAppender(events);
        romeLevel = rome.getLevel();
    }

    @AfterEach
    void release() {
        root.detachAppender(events);
        rome.setLevel(romeLevel);
    }

    private static byte[] feed() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            items.append("<item><guid>g").append(i).append("</guid><title>خبر ").append(i).append("</title>")
                    .append("<link>https://news.example/").append(i).append("</link>")
                    .append("<media:content url=\"https://cdn.example/img/{").append(i)
                    .append("}|big.jpg\" medium=\"image\"/></item>");
        }
        items.append("<item><guid>ok</guid><title>خبر سليم</title><link>https://news.example/ok</link>")
                .append("<media:content url=\"https://cdn.example/img/ok photo.jpg\" medium=\"image\"/></item>");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
                + "<channel><title>ت</title><link>https://news.example/</link><description>د</description>"
                + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void logsOneLineForTheFeedAndNoStackTrace() throws Exception {
        var parsed = new FeedParser().parse(feed(), "application/rss+xml", URI.create("https://news.example/rss"));

        assertThat(parsed.items()).hasSize(4);
        assertThat(events.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        assertThat(events.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                        .isEqualTo("https://news.example/rss: 3 media:content/thumbnail URL(s) malformed, their images"
                                + " skipped (first: \"https://cdn.example/img/{0}|big.jpg\"); the publisher should"
                                + " percent-encode them"));
    }

    @Test
    void saysNothingWhenEveryMediaUrlReads() throws Exception {
        byte[] body = new String(feed(), StandardCharsets.UTF_8).replaceAll("\\{\\d\\}\\|", "")
                .getBytes(StandardCharsets.UTF_8);

        new FeedParser().parse(body, "application/rss+xml", URI.create("https://news.example/rss"));

        assertThat(events.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }
}
