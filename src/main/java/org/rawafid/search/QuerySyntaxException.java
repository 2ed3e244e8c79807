package org.rawafid.search;

/**
 * A query that cannot be run: bad syntax, too long, too many words. The message is one line a
 * reader can act on (shown as the 400 body, or on stderr by {@code rawafid search}).
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
