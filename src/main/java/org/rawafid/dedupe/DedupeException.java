package org.rawafid.dedupe;

/** The one failure type of the dedupe stage; wraps the cause with what was being done. */
public final class DedupeException extends RuntimeException {
    public DedupeException(String message, Throwable cause) {
        super("dedupe: " + message, cause);
    }

    public DedupeException(String message) {
        super("dedupe: " + message);
    }
}
