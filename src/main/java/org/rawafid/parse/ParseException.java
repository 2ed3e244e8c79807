package org.rawafid.parse;

import java.net.URI;

/** The parse stage failed: the bytes are not a feed we can read, even after repairs. */
public final class ParseException extends Exception {
    public ParseException(URI feedUrl, String message, Throwable cause) {
        super("parse: " + feedUrl + ": " + message, cause);
    }

    public ParseException(URI feedUrl, String message) {
        this(feedUrl, message, null);
    }
}
