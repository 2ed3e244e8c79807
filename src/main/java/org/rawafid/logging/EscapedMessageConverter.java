package org.rawafid.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.rawafid.model.ControlEscapes;

/**
 * {@code %msg} on one line: log messages quote feed titles, URLs, headers and exception messages
 * from sources, so line breaks and terminal escapes in them are written as visible escapes
 * ({@link ControlEscapes}) and cannot forge a log line (issue 18). Registered in logback.xml.
 */
public final class EscapedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return ControlEscapes.escape(super.convert(event));
    }
}
