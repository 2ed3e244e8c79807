package org.rawafid.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Says whether an address is on the public internet, so that an item link in someone
 * else's feed cannot make us request our own network (SSRF): loopback, private, link-local
 * (including the 169.254.169.254 cloud metadata service), CGNAT, multicast, reserved and
 * unspecified ranges are refused, in IPv4, IPv6 and IPv6 forms that embed IPv4.
 * Stateless and thread-safe.
 */
public final class AddressGuard {

    /** True when {@code address} is a public unicast address we may connect to. */
    public boolean isAllowed(InetAddress address) {
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address) {
            return isPublicIpv4(address.getAddress());
        }
        return isPublicIpv6((Inet6Address) address);
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return !(a0 == 0                                   // 0.0.0.0/8 "this network"
                || a0 == 10                                // RFC 1918
                || a0 == 127                               // loopback
                || (a0 == 100 && (a1 & 0xc0) == 64)        // 100.64.0.0/10 CGNAT, RFC 6598
                || (a0 == 169 && a1 == 254)                // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16)        // RFC 1918
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 IETF protocol assignments
                || (a0 == 192 && a1 == 168)                // RFC 1918
                || (a0 == 198 && (a1 & 0xfe) == 18)        // 198.18.0.0/15 benchmarking
                || a0 >= 224);                             // multicast, reserved, broadcast
    }

    // Only 2000::/3 is global unicast (RFC 4291 §2.4), which leaves out unique-local fc00::/7,
    // the old site-local fec0::/10 and every other special range in one test.
    private boolean isPublicIpv6(Inet6Address address) {
        byte[] b = address.getAddress();
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            return isAllowed(toIpv4(embedded));
        }
        return (b[0] & 0xe0) == 0x20;
    }

    // IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002:AABB:CCDD::/48 all carry an
    // IPv4 address that decides where the packet really goes. (IPv4-mapped ::ffff:a.b.c.d
    // already comes back from InetAddress as an Inet4Address.)
    private static byte[] embeddedIpv4(byte[] b) {
        if (isZero(b, 0, 12) || (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress toIpv4(byte[] four) {
        try {
            return InetAddress.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
