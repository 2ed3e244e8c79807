package org.rawafid.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.rawafid.model.ControlEscapes;

import java.util.Arrays;

/**
 * Stack traces as usual, but every exception message (which may quote a source, such as a parser
 * error over feed text) on one line: its control characters are escaped ({@link ControlEscapes}),
 * so only the trace's own lines start new lines. Registered in logback.xml.
 */
public final class EscapedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return super.throwableProxyToString(escaped(tp));
    }

    private static IThrowableProxy escaped(IThrowableProxy tp) {
        return tp == null ? null : new Escaped(tp);
    }

    /** The same throwable with its message (and its causes' and suppressed ones') escaped. */
    private record Escaped(IThrowableProxy tp) implements IThrowableProxy {
        @Override
        public String getMessage() {
            return ControlEscapes.escape(tp.getMessage());
        }

        @Override
        public String getClassName() {
            return tp.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return tp.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return tp.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return escaped(tp.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = tp.getSuppressed();
            return suppressed == null ? null : Arrays.stream(suppressed).map(EscapedThrowableConverter::escaped)
                    .toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return tp.isCyclic();
        }
    }
}
