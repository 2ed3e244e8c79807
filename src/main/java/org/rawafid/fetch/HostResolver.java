package org.rawafid.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Name resolution for the address check, and where a checked address is dialled. The system's
 * resolver in production; tests put a public-looking name in front of a local server with it.
 *
 * <pre>{@code
 * HostResolver test = new HostResolver() {
 *     public List<InetAddress> resolve(String host) { return List.of(InetAddress.getByName("203.0.113.7")); }
 *     public InetSocketAddress dial(InetSocketAddress checked) { return new InetSocketAddress("127.0.0.1", port); }
 * };
 * }</pre>
 */
public interface HostResolver {
    /** The JVM's resolver; a checked address is dialled as it is. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /** Every address {@code host} (a name or an IP literal without brackets) resolves to; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The socket address to connect to for an address that passed the check. */
    default InetSocketAddress dial(InetSocketAddress checked) {
        return checked;
    }
}
