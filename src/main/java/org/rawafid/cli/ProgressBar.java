package org.rawafid.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on a terminal ({@code [#####.....] 12/40 alqahera}), redrawn in
 * place with a carriage return; silent when the output is not a terminal (CI, pipes).
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    ProgressBar(PrintStream out, boolean enabled, int total) {
        this.out = out;
        this.enabled = enabled && total > 0;
        this.total = total;
    }

    synchronized void started(String current) {
        draw(done.get(), current);
    }

    synchronized void finished(String current) {
        draw(done.incrementAndGet(), current);
    }

    synchronized void clear() {
        if (enabled) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }

    private void draw(int n, String current) {
        if (!enabled) {
            return;
        }
        int filled = WIDTH * n / total;
        String name = current.length() > 40 ? current.substring(0, 40) : current;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + n + "/" + total + " "
                + name + " ".repeat(Math.max(0, 40 - name.length())));
        out.flush();
    }
}
