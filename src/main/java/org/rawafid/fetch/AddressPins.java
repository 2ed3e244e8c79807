package org.rawafid.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pins plain-HTTP connections to the address that passed the check, so a DNS answer that
 * changes between the check and the connection (rebinding) cannot send the request elsewhere.
 *
 * <p>{@code java.net.http} (Java 17) has no resolver hook, but it asks its {@link ProxySelector}
 * for every request. For an {@code http:} URL this selector names the checked address as an HTTP
 * proxy: the client connects to that address, with no lookup of its own, and sends the request
 * in absolute form ({@code GET http://host/path}, {@code Host: host}), which every HTTP/1.1 origin
 * server must accept (RFC 9112 §3.2.2). A request with no pin is refused (fail closed), never
 * sent on to a fresh lookup. {@code https:} goes direct: there the certificate, checked against
 * the URL's host name, is what a rebound address cannot present.
 *
 * <p>One instance per HTTP client, and each client serves one address policy, so the pins it
 * holds all passed the same check. Concurrent fetches of one host share the first pin while it
 * is in use (every one of them passed). Thread-safe.
 */
final class AddressPins extends ProxySelector {
    private final Map<String, Pin> pins = new ConcurrentHashMap<>();

    private static final class Pin {
        final InetSocketAddress address;
        int users;

        Pin(InetSocketAddress address) {
            this.address = address;
        }
    }

    /** A pin in use; closing it lets the address go once no other fetch of the host uses it. */
    interface Release extends AutoCloseable {
        @Override
        void close();
    }

    /** Holds {@code address} for {@code url}'s host and port until the returned handle is closed. */
    Release pin(URI url, InetSocketAddress address) {
        String key = key(url);
        pins.compute(key, (k, pin) -> {
            Pin p = pin == null ? new Pin(address) : pin;
            p.users++;
            return p;
        });
        return () -> pins.computeIfPresent(key, (k, pin) -> --pin.users == 0 ? null : pin);
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return List.of(Proxy.NO_PROXY);
        }
        Pin pin = pins.get(key(uri));
        if (pin == null) {
            throw new IllegalArgumentException("no checked address for " + uri.getHost());
        }
        return List.of(new Proxy(Proxy.Type.HTTP, pin.address));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to learn: the next fetch checks and pins again
    }

    private static String key(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : 80;
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
