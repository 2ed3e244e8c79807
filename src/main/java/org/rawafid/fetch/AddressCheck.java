package org.rawafid.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Resolves a hop's host once and says which address to connect to, or why none may be (SSRF,
 * issue 18): every address the name has must pass the policy, so a name with one private and one
 * public address is refused as a whole. Stateless apart from the resolver; thread-safe.
 */
final class AddressCheck {
    /** A policy that allows every address (a private source, or {@code service.allowPrivateNetworks}). */
    static final Predicate<InetAddress> ANY_ADDRESS = address -> true;

    private final HostResolver resolver;

    AddressCheck(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** The address to pin for {@code url}'s host. */
    sealed interface Result {
    }

    record Allowed(InetAddress address) implements Result {
    }

    record Refused(String reason) implements Result {
    }

    Result check(URI url, Predicate<InetAddress> allows) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare(url.getHost()));
        } catch (UnknownHostException e) {
            return new Refused("unknown host");
        }
        if (addresses.isEmpty()) {
            return new Refused("unknown host");
        }
        for (InetAddress address : addresses) {
            if (!allows.test(address)) {
                // Said the same way whatever is listening there, so a refusal is no port scanner.
                return new Refused("refused: " + url.getHost() + " resolves to non-public address "
                        + address.getHostAddress() + " (private, loopback or link-local: only a source whose own host"
                        + " is private, or service.allowPrivateNetworks: true, may reach one)");
            }
        }
        return new Allowed(addresses.get(0));
    }

    /**
     * True when the admin named a host on their own network in feeds.yml: a non-public IP literal,
     * {@code localhost}, a single-label intranet name, or a {@code .local}, {@code .internal},
     * {@code .lan} or {@code .home.arpa} name. Decided from the name alone, without DNS, so a
     * public name that starts resolving to a private address gains nothing.
     */
    static boolean isPrivateHost(String host) {
        String h = bare(host).toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (isIpLiteral(h)) {
            try {
                return !new AddressGuard().isAllowed(InetAddress.getByName(h));
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.indexOf('.') < 0 || h.endsWith(".local")
                || h.endsWith(".internal") || h.endsWith(".lan") || h.endsWith(".home.arpa");
    }

    // Digits and dots (IPv4) or a colon (IPv6): InetAddress parses these without asking DNS.
    private static boolean isIpLiteral(String host) {
        if (host.isEmpty()) {
            return false;
        }
        if (host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    // URI keeps the brackets of an IPv6 literal; the resolver wants them off.
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
