package org.rawafid.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;

/**
 * The address check for an HTTP client that makes its own requests (the WebSub ping), as its
 * proxy selector: {@code java.net.http} asks it once per request, so the host is resolved and
 * checked right there and a plain-HTTP request goes to the checked address (see
 * {@link AddressPins} for why naming it as the proxy pins it). A refused host throws, which the
 * client reports as the request's failure. The policy is the feeds' one: private addresses only
 * for a private configured host or with {@code service.allowPrivateNetworks}. Thread-safe.
 *
 * <pre>{@code
 * HttpClient client = HttpClient.newBuilder()
 *         .proxy(new GuardedProxySelector(HostResolver.SYSTEM, false)).build();
 * }</pre>
 */
public final class GuardedProxySelector extends ProxySelector {
    private final AddressCheck check;
    private final HostResolver resolver;
    private final Predicate<InetAddress> publicOnly = new AddressGuard()::isAllowed;
    private final boolean allowPrivateNetworks;

    public GuardedProxySelector(HostResolver resolver, boolean allowPrivateNetworks) {
        this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
        this.check = new AddressCheck(resolver);
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null || uri.getHost() == null || !HopGuard.isHttp(uri)) {
            throw new IllegalArgumentException("only http and https are requested: " + uri);
        }
        boolean anyAddress = allowPrivateNetworks || AddressCheck.isPrivateHost(uri.getHost());
        AddressCheck.Result result = check.check(uri, anyAddress ? AddressCheck.ANY_ADDRESS : publicOnly);
        if (result instanceof AddressCheck.Refused refused) {
            throw new IllegalArgumentException(uri.getHost() + ": " + refused.reason());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : 80;
        InetSocketAddress pinned = resolver.dial(new InetSocketAddress(((AddressCheck.Allowed) result).address(), port));
        return List.of(new Proxy(Proxy.Type.HTTP, pinned));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to learn: the next request checks again
    }
}
