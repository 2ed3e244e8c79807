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
        // A listener, as by a server we do not know of, on the first port it can take of a range
        // PostgreSQL never gets near (not a fixed port: another build may run this test beside it).
        try (ServerSocket busy = listenerFrom(29900)) {
            int port = busy.getLocalPort();
            int next = TestPostgres.reservePort(port, 29999);
            assertThat(next).isNotEqualTo(port);
        }
    }

    /** A socket listening on the first port from {@code port} up that it can take. */
    private static ServerSocket listenerFrom(int port) throws IOException {
        while (true) {
            ServerSocket socket = new ServerSocket();
            try {
                socket.bind(new InetSocketAddress(port));
                return socket;
            } catch (IOException e) {
                socket.close();
                port++;
            }
        }
    }
}
