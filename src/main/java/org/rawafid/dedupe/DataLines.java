package org.rawafid.dedupe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;

/** Reads a word list shipped in the jar: one entry a line, blank lines and {@code #} comments skipped. */
final class DataLines {
    private DataLines() {
    }

    /** Calls {@code entry} with each entry line and its 1-based line number; a missing resource is an error. */
    static void read(String resource, ObjIntConsumer<String> entry) {
        try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DedupeException(resource + " missing from the class path", null);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    entry.accept(line, lineNo);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
