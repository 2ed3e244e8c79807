package org.rawafid.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;

/** One HTTP response on the way to an outcome: the status, headers and (limited, undecoded) body. */
record HopResponse(URI url, int status, HttpHeaders headers, byte[] body) {
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && headers.firstValue("Location").isPresent();
    }

    boolean isPermanentRedirect() {
        return status == 301 || status == 308;
    }
}
