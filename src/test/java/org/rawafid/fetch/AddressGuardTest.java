package org.rawafid.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class AddressGuardTest {
    final AddressGuard guard = new AddressGuard();

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({
            // public
            "8.8.8.8, true",
            "1.1.1.1, true",
            "100.63.255.255, true",
            "100.128.0.1, true",
            "172.15.255.255, true",
            "172.32.0.1, true",
            "192.169.0.1, true",
            "223.255.255.254, true",
            "2001:4860:4860::8888, true",
            "2a00:1450:4001:82b::200e, true",
            "64:ff9b::808:808, true",
            "2002:808:808::1, true",
            // IPv4 special ranges
            "0.0.0.0, false",
            "0.1.2.3, false",
            "10.0.0.1, false",
            "100.64.0.1, false",
            "100.127.255.254, false",
            "127.0.0.1, false",
            "127.8.9.10, false",
            "169.254.169.254, false",
            "172.16.0.1, false",
            "172.31.255.255, false",
            "192.0.0.8, false",
            "192.168.1.1, false",
            "198.18.0.1, false",
            "224.0.0.1, false",
            "240.0.0.1, false",
            "255.255.255.255, false",
            // IPv6 special ranges
            "::, false",
            "::1, false",
            "fe80::1, false",
            "fec0::1, false",
            "fc00::1, false",
            "fd12:3456:789a::1, false",
            "ff02::1, false",
            // IPv6 forms carrying a private IPv4 address
            "::ffff:127.0.0.1, false",
            "::ffff:10.1.2.3, false",
            "::ffff:169.254.169.254, false",
            "::127.0.0.1, false",
            "64:ff9b::a00:1, false",
            "2002:a00:1::1, false",
            "2002:7f00:1::1, false",
    })
    void allowsOnlyPublicUnicastAddresses(String literal, boolean allowed) throws UnknownHostException {
        assertThat(guard.isAllowed(InetAddress.getByName(literal))).isEqualTo(allowed);
    }
}
