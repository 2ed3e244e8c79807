package org.rawafid.publish;

/** Rendering a feed failed; names the feed and format and wraps the library's cause. */
public class PublishException extends RuntimeException {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
