package org.rawafid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs of the JMH benchmarks: the synthetic corpus and, where present, the shared fixtures. */
final class BenchInputs {
    static final String BASE = "http://bench.rawafid.invalid";
    /** Run from the repository root, with shared/ beside it (as the tests). */
    static final Path FIXTURES = Path.of("../shared/fixtures");

    private BenchInputs() {
    }

    /** Article bodies as {@code gen_corpus.py} writes them. */
    static List<String> syntheticBodies(int count) {
        Random r = new Random(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(ArticleBody.html(r, BASE, 1, i));
        }
        return out;
    }

    /** The real Arabic article pages of {@code shared/fixtures/{pages,arabic-pages}}; empty if absent. */
    static List<String> fixturePages() {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("pages", "arabic-pages/cnn-arabic-2013", "arabic-pages/lbcgroup-2026")) {
            Path folder = FIXTURES.resolve(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (var files = Files.list(folder)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
