package org.rawafid;

import org.rawafid.cli.RawafidCommand;

/** The executable jar's entry point: {@code java -jar rawafid.jar [command] [options]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Logback reads its configuration at the first log call, so choose the format first.
        for (int i = 0; i < args.length; i++) {
            String format = args[i].startsWith("--log-format=") ? args[i].substring(13)
                    : args[i].equals("--log-format") && i + 1 < args.length ? args[i + 1] : null;
            if (format != null) {
                System.setProperty("rawafid.log.format", format.equalsIgnoreCase("json") ? "JSON" : "TEXT");
            }
        }
        System.exit(RawafidCommand.run(args));
    }
}
