package org.rawafid.clean;

/** The clean stage's one failure: a source's extract rules cannot be applied (e.g. a selector is not CSS). */
public final class CleanException extends RuntimeException {
    public CleanException(String message, Throwable cause) {
        super(message, cause);
    }
}
