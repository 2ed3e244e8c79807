package org.rawafid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The feeds a benchmark serves: generated (in memory, or into a folder to be served from files),
 * or read from a folder written by {@code gen_corpus.py} (its {@code f*.xml} files, in name
 * order, served from those files).
 */
public record Corpus(List<FeedFile> feeds, int itemsPerFeed) {
    public Corpus {
        feeds = List.copyOf(feeds);
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one feed");
        }
    }

    public static Corpus generate(int sources, int items, long seed) {
        return generate(sources, items, seed, null);
    }

    /** Generated feeds written to files in {@code dir} (kept in memory when null). */
    public static Corpus generate(int sources, int items, long seed, Path dir) {
        return new Corpus(new CorpusGenerator(seed).feeds(sources, items, dir), items);
    }

    /**
     * The same feeds with Zipf-distributed real words (counted from the CSV files under {@code words}) and a
     * quarter of the items retelling another feed's story ({@link RealisticTexts}).
     */
    public static Corpus realistic(int sources, int items, long seed, Path words) {
        return realistic(sources, items, seed, words, null);
    }

    /**
     * The story each item of {@link #realistic(int, int, long, Path) realistic(sources, items, seed, words)}
     * tells, by feed (1-based, as in its links {@code …/site/FEED/ITEM}) and item (0-based): "feed:item" of
     * the item whose facts it keeps. Items telling the same story are the pairs a perfect matcher merges.
     */
    public static BiFunction<Integer, Integer, String> realisticStories(int sources, int items, long seed,
                                                                       Path words) {
        RealisticTexts texts = new RealisticTexts(seed, sources, items, RealisticTexts.countWords(words));
        return texts::storyOf;
    }

    /** {@link #realistic(int, int, long, Path)} written to files in {@code dir} (kept in memory when null). */
    public static Corpus realistic(int sources, int items, long seed, Path words, Path dir) {
        RealisticTexts texts = new RealisticTexts(seed, sources, items, RealisticTexts.countWords(words));
        return new Corpus(new CorpusGenerator(seed, texts).feeds(sources, items, dir), items);
    }

    /**
     * Reads a {@code gen_corpus.py} folder; the item count per feed is taken from the first
     * feed (every feed of such a folder has the same), counting its items or entries. With
     * {@code inMemory} false the feeds stay in their files (served from there).
     */
    public static Corpus read(Path dir) {
        return read(dir, true);
    }

    public static Corpus read(Path dir, boolean inMemory) {
        List<FeedFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().matches("f\\d+\\.(rss|atom)\\.xml")).sorted()
                    .toList()) {
                files.add(inMemory ? new FeedFile(p.getFileName().toString(), Files.readAllBytes(p))
                        : FeedFile.onDisk(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot read corpus folder " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("bench: no f*.rss.xml / f*.atom.xml files in " + dir);
        }
        String first = new String(files.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        int items = count(first, "<item>") + count(first, "<entry>");
        return new Corpus(files, items);
    }

    private static int count(String text, String tag) {
        int n = 0;
        for (int i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + 1)) {
            n++;
        }
        return n;
    }

    public int items() {
        return feeds.size() * itemsPerFeed;
    }

    public long bytes() {
        return feeds.stream().mapToLong(FeedFile::length).sum();
    }
}
