package org.rawafid.fetch;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * The JDK client, built on first use: building it loads the TLS trust store and the
 * security providers (~0.3–0.6 s), which need not delay the service's start — the first
 * fetch comes after the HTTP server is already serving. Its proxy selector is the
 * {@link AddressPins} that sends each plain-HTTP request to its checked address.
 */
final class LazyClient implements Supplier<HttpClient> {
    private final FetchSettings settings;
    private final ProxySelector pins;
    private volatile HttpClient client;

    LazyClient(FetchSettings settings, ProxySelector pins) {
        this.settings = settings;
        this.pins = pins;
    }

    @Override
    public HttpClient get() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_2)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(settings.connectTimeout())
                            .proxy(pins)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }
}
