package org.rawafid.fetch;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
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

    static String describe(Throwable problem, Duration timeout) {
        Throwable cause = problem;
        if (cause instanceof java.io.IOException && cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof BodyTooLargeException) {
            return cause.getMessage();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timed out after " + seconds(timeout);
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SSLException) {
            return "TLS error: " + cause.getMessage();
        }
        if (cause instanceof ZipException) {
            return "bad compressed body: " + cause.getMessage();
        }
        String message = cause.getMessage();
        return "network error: " + (message == null ? cause.getClass().getSimpleName() : message);
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }
}
