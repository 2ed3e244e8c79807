package org.rawafid.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Decides whether a URL may be requested, checked before the first request and every redirect hop. */
@FunctionalInterface
interface HopGuard {
    /** Feeds may go anywhere over http or https; a redirect to {@code file:} or {@code ftp:} is refused. */
    HopGuard HTTP_ONLY = url -> isHttp(url) ? Optional.empty() : Optional.of("only http and https are fetched");

    /** Why {@code url} must not be requested, or empty when it may. */
    Optional<String> refusal(URI url);

    static boolean isHttp(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }
}
