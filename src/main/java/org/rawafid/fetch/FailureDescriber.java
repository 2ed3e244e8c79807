package org.rawafid.fetch;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/** Turns what went wrong into the one-line reason shown on {@code /}: stage, URL, cause. */
final class FailureDescriber {
    private final String stage;

    /** @param stage the prefix naming who failed, e.g. {@code fetch} or {@code fetch page} */
    FailureDescriber(String stage) {
        this.stage = stage;
    }

    FetchOutcome.Failed failed(URI url, Integer status, String what) {
        return new FetchOutcome.Failed(status, stage + " " + url + ": " + what);
    }

    FetchOutcome.Failed failed(URI url, Throwable problem, Duration timeout) {
        return failed(url, null, describe(problem, timeout));
    }

    // The JDK client wraps causes unevenly (a refused connection is a ConnectException with
    // no message around a ClosedChannelException; an unknown host is a ConnectException
    // around an UnresolvedAddressException), so search the whole chain, most specific first.
    private static final List<Class<? extends Throwable>> PRIORITY = List.of(
            BodyTooLargeException.class, HttpConnectTimeoutException.class, HttpTimeoutException.class,
            TimeoutException.class, UnknownHostException.class, UnresolvedAddressException.class,
            SSLException.class, ZipException.class, ConnectException.class);

    static String describe(Throwable problem, Duration timeout) {
        for (Class<? extends Throwable> type : PRIORITY) {
            for (Throwable t = problem; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return describeKnown(t, timeout);
                }
            }
        }
        return "network error: " + firstMessage(problem);
    }

    private static String describeKnown(Throwable t, Duration timeout) {
        if (t instanceof BodyTooLargeException) {
            return t.getMessage();
        }
        if (t instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
            return "timed out after " + seconds(timeout);
        }
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        if (t instanceof SSLException) {
            return "TLS error: " + t.getMessage();
        }
        if (t instanceof ZipException) {
            return "bad compressed body: " + t.getMessage();
        }
        return "connection refused";
    }

    private static String firstMessage(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return problem.getClass().getSimpleName();
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }
}
