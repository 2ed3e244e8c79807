package org.rawafid.cli;

import org.rawafid.Server;
import org.rawafid.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service: scheduler + HTTP server, until stopped. The default command.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on this address instead of service.bind (also: env RAWAFID_BIND).")
    String bind;
    @Option(names = "--port", paramLabel = "PORT", description = "Listen on this port instead of service.port.")
    Integer port;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port " + port + ": not a port number (use 1-65535, or 0 for any free port)");
        }
        Optional<Config> loaded = config.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        String address = bind != null ? bind : System.getenv("RAWAFID_BIND");
        Server server = Server.start(loaded.get(), config.file, InstantSource.system(), address, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "rawafid-shutdown"));
        // SIGTERM/SIGINT stop gracefully and exit 0 (the JVM's own handler would exit 143).
        handle("TERM", () -> new Thread(server::close, "rawafid-stop").start());
        handle("INT", () -> new Thread(server::close, "rawafid-stop").start());
        handle("HUP", server::reloadNow);
        server.awaitStop();
        return 0;
    }

    private static void handle(String signal, Runnable action) {
        try {
            Signal.handle(new Signal(signal), s -> action.run());
        } catch (IllegalArgumentException e) {
            // Not on this platform (Windows has no SIGHUP): the file watcher still reloads.
        }
    }
}
