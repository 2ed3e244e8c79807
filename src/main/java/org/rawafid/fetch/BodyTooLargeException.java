package org.rawafid.fetch;

import java.io.IOException;

/** A body crossed {@code maxBytes}, raw or decoded; internal, reported as a {@code Failed} outcome. */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(String what, long maxBytes) {
        super(what + " exceeds the limit of " + maxBytes + " bytes");
    }
}
