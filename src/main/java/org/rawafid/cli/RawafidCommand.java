package org.rawafid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code rawafid}: with no command, {@code serve}. */
@Command(name = "rawafid", mixinStandardHelpOptions = true, version = "rawafid 0.1.0",
        description = "Rawafid (روافد): a self-hosted aggregator and syndicator for Arabic news feeds.",
        subcommands = {ServeCommand.class, FetchCommand.class, CheckCommand.class, ExportCommand.class,
                ImportOpmlCommand.class, SimilarCommand.class, StoriesCommand.class, PruneCommand.class,
                BackupCommand.class, BenchCommand.class, SearchCommand.class,
                CommandLine.HelpCommand.class})
public final class RawafidCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by {@code Main} before logging starts; declared here so every command accepts it. */
    @CommandLine.Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            scope = CommandLine.ScopeType.INHERIT, description = "Log line format on stderr (default: ${DEFAULT-VALUE}).")
    LogFormat logFormat;

    /** The values {@code --log-format} takes; anything else is a usage error rather than silently text. */
    enum LogFormat { text, json }

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, also print the stack trace.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        return spec.commandLine().getSubcommands().get("serve").execute();
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage error. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The same, with the command's results and messages sent to the given writers (tests, embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        Failures failures = new Failures();
        return new CommandLine(new RawafidCommand()).setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
