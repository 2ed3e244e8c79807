package org.rawafid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void reservedPortsAreFreeBelowTheEphemeralRangeAndNeverHandedOutTwice() throws IOException {
        int first = TestPostgres.reservePort();
        int second = TestPostgres.reservePort();

        assertThat(second).isNotEqualTo(first);
        assertThat(first).isBetween(20000, 29999);
        assertThat(second).isBetween(20000, 29999);
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(second)); // free: nothing listens on a reserved port
            assertThat(socket.getLocalPort()).isEqualTo(second);
        }
    }

    @Test
    void aPortInUseIsSkipped() throws IOException {
        int reserved = TestPostgres.reservePort();
        // The next port up is taken by a listener, as by a server we do not know of.
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(reserved + 1));
            int next = TestPostgres.reservePort();
            assertThat(next).isNotEqualTo(reserved).isNotEqualTo(reserved + 1);
        }
    }
}
