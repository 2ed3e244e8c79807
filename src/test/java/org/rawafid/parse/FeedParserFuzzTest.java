package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated feeds (byte flips, truncations, duplicated tags, random entities and markup) derived
 * from real fixtures, with a fixed seed: parsing may fail only with ParseException, and each
 * case must finish well within a second. The time bound is a safety net against runaway
 * parsing, not a performance test.
 */
class FeedParserFuzzTest {
    private static final int CASES = 5_000;
    private static final long SEED = 20_240_616L;
    private static final URI URL = URI.create("https://example.org/fuzz.xml");
    private static final String[] INSERTS = {
        "&nbsp;", "&", "&#0;", "&#xFFFFFFFF;", "&#99999999;", "&bogus;", "&lt", "&#x110000;", "&amp", "&#55296;",
        "&hellip", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/x.dtd\">",
        "<![CDATA[", "]]>", "<!--", "-->", "\u0000", "<?xml version='1.0' encoding='bogus'?>", "</channel>", "<item>",
        "</item>", "<entry>", " xmlns:a=\"\"", "<a:b:c>", "<media:content url=\"::\"/>", "<pubDate>٣١ فبراير ٢٠٢٤</pubDate>",
        "\uFEFF", "<", ">", "\"", "<title>", "</rss>", "xml:base=\"::bad uri\"",
        // Issue 18's hostile shapes, at sizes that keep 5,000 cases quick; the cost test has the large ones.
        "<b>".repeat(300), "&lt;div&gt;".repeat(300), "<![CDATA[" + "<a".repeat(3_000) + "]]>",
        "&lt;img srcset=\"" + "a".repeat(5_000) + " b\"&gt;", "a | y" + "!".repeat(5_000) + "x",
        "<?xml version=\"1.0\"" + " ".repeat(5_000), "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
        "&amp;amp;lt;img src=x onerror=alert(1)&amp;amp;gt;", "\u202E", "\u2066", "<!--".repeat(1_000),
    };
    private static final java.util.regex.Pattern BIDI_CONTROL = java.util.regex.Pattern.compile("[\u202A-\u202E\u2066-\u2069]");
    private final org.rawafid.clean.HtmlCleaner cleaner = new org.rawafid.clean.HtmlCleaner();
    private final org.rawafid.clean.TitleCleaner titles = new org.rawafid.clean.TitleCleaner();
    private final org.rawafid.clean.Summarizer summarizer = new org.rawafid.clean.Summarizer();

    private final FeedParser parser = new FeedParser();

    @Test
    void mutatedFeedsFailOnlyWithParseExceptionAndQuickly() {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        long[] slowest = {0};
        int[] rejected = {0};
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            warmUp(seeds);
            for (int i = 0; i < CASES; i++) {
                byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
                String contentType = random.nextBoolean() ? null : "text/xml; charset=iso-8859-1";
                long millis = timedParse(i, input, contentType, rejected);
                if (millis >= 1_000) {
                    // The build machine is shared: a one-off stall is not the parser's; a slow input is slow twice.
                    millis = timedParse(i, input, contentType, new int[1]);
                }
                slowest[0] = Math.max(slowest[0], millis);
                assertThat(millis).as("case %d took %d ms", i, millis).isLessThan(1_000);
            }
        });
        System.out.printf("fuzz: %d cases from %d seeds, %d rejected with ParseException, slowest %d ms%n",
                CASES, seeds.size(), rejected[0], slowest[0]);
        assertThat(rejected[0]).as("some mutations must be unreadable").isPositive().isLessThan(CASES);
    }

    private long timedParse(int i, byte[] input, String contentType, int[] rejected) {
        long start = System.nanoTime();
        try {
            clean(parser.parse(input, contentType, URL));
        } catch (ParseException expected) {
            rejected[0]++;
        } catch (Throwable other) {
            throw new AssertionError("case " + i + " threw " + other + " for input:\n"
                    + new String(input, StandardCharsets.UTF_8), other);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** What the pipeline does next with each item: cleaning too must stay quick, and its output inert. */
    private void clean(org.rawafid.model.ParsedFeed feed) {
        for (org.rawafid.model.ParsedItem item : feed.items()) {
            String title = titles.clean(item.title() == null ? "" : item.title(), feed.title());
            assertThat(title.length()).isLessThanOrEqualTo(org.rawafid.clean.TitleCleaner.MAX_CHARS);
            assertThat(BIDI_CONTROL.matcher(title).find()).as("bidi control in title %s", title).isFalse();
            String html = item.contentHtml() != null ? item.contentHtml() : item.summaryHtml();
            if (html != null) {
                org.rawafid.clean.CleanHtml clean = cleaner.clean(html, URL, null);
                assertThat(clean.html()).doesNotContainIgnoringCase("<img src=x onerror");
                summarizer.summarizeText(clean.text(), 300);
            }
        }
    }

    /** Class loading and JIT make the first parses slow; they are not what the bound is about. */
    private void warmUp(List<byte[]> seeds) {
        for (byte[] seed : seeds) {
            try {
                parser.parse(seed, null, URL);
                parser.parse(java.util.Arrays.copyOf(seed, seed.length / 2), null, URL);
            } catch (ParseException ignored) {
                // Seeds from the ill-formed corpus may be unreadable; warming up is all that matters here.
            }
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] data = seed;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && data.length > 0; r++) {
            data = switch (random.nextInt(6)) {
                case 0 -> flip(data, random);
                case 1 -> java.util.Arrays.copyOf(data, random.nextInt(data.length));
                case 2 -> duplicateTag(data, random);
                case 3, 4 -> insert(data, random.nextInt(data.length + 1),
                        INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
                default -> delete(data, random);
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, Random random) {
        byte[] copy = data.clone();
        for (int n = 1 + random.nextInt(10); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] duplicateTag(byte[] data, Random random) {
        int from = random.nextInt(data.length);
        for (int i = from; i < data.length; i++) {
            if (data[i] == '<') {
                from = i;
                break;
            }
        }
        int length = Math.min(data.length - from, 1 + random.nextInt(200));
        byte[] chunk = java.util.Arrays.copyOfRange(data, from, from + length);
        return insert(data, random.nextInt(data.length + 1), chunk);
    }

    private static byte[] insert(byte[] data, int at, byte[] chunk) {
        byte[] out = new byte[data.length + chunk.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(chunk, 0, out, at, chunk.length);
        System.arraycopy(data, at, out, at + chunk.length, data.length - at);
        return out;
    }

    private static byte[] delete(byte[] data, Random random) {
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(100));
        byte[] out = new byte[data.length - (to - from)];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(data, to, out, from, data.length - to);
        return out;
    }

    /** Our format fixtures plus, when the shared corpus is present, a sorted slice of feedparser's. */
    private List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : List.of("rss091.xml", "rss10.xml", "rss20.xml", "atom03.xml", "atom10.xml")) {
            try (InputStream in = getClass().getResourceAsStream("/parse/formats/" + name)) {
                seeds.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String folder : List.of("wellformed/rss", "wellformed/atom10", "wellformed/rdf", "encoding", "illformed")) {
            Path dir = Path.of("../shared/fixtures/feedparser", folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".xml")).sorted().limit(60).forEach(p -> {
                    try {
                        seeds.add(Files.readAllBytes(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }
}
