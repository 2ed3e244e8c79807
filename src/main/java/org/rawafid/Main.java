package org.rawafid;

import org.rawafid.cli.RawafidCommand;

/** The executable jar's entry point: {@code java -jar rawafid.jar [command] [options]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RawafidCommand.run(args));
    }
}
