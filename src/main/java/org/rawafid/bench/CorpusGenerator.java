package org.rawafid.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.rawafid.bench.Vocabulary.CITIES;
import static org.rawafid.bench.Vocabulary.SECTIONS;
import static org.rawafid.bench.Vocabulary.pick;
import static org.rawafid.bench.Vocabulary.sentence;

/**
 * Java port of {@code shared/bench/gen_corpus.py}: odd feeds RSS 2.0 with {@code content:encoded},
 * even feeds Atom 1.0, {@code xml:lang="ar"}, each item ~2–4 KB of Arabic article HTML with an
 * image and a link, one in four also carrying a tracker script and a share bar for the cleaner
 * to drop. Deterministic for a seed (not byte-identical to the Python script: the generators differ).
 */
public final class CorpusGenerator {
    private static final String BASE = "http://bench.rawafid.invalid";
    private static final OffsetDateTime T0 = OffsetDateTime.of(2024, 5, 3, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx",
            Locale.ENGLISH);
    private final long seed;
    private final ItemTexts texts;

    public CorpusGenerator(long seed) {
        this(seed, SYNTHETIC);
    }

    /** A generator whose items' titles, summaries, bodies and dates come from {@code texts}. */
    CorpusGenerator(long seed, ItemTexts texts) {
        this.seed = seed;
        this.texts = texts;
    }

    /**
     * What one item says and when. Called in this order per item, with the feed's own random stream
     * (the synthetic texts draw from it, so the synthetic corpus is unchanged by this seam).
     */
    interface ItemTexts {
        OffsetDateTime published(Random r, int feed, int item, OffsetDateTime previous);

        String body(Random r, String base, int feed, int item);

        String title(Random r, int feed, int item);

        String summary(Random r, int feed, int item);
    }

    /** The words of {@code gen_corpus.py}, every item its own story. */
    private static final ItemTexts SYNTHETIC = new ItemTexts() {
        @Override
        public OffsetDateTime published(Random r, int feed, int item, OffsetDateTime previous) {
            return earlier(r, previous);
        }

        @Override
        public String body(Random r, String base, int feed, int item) {
            return ArticleBody.html(r, base, feed, item);
        }

        @Override
        public String title(Random r, int feed, int item) {
            return Vocabulary.title(r);
        }

        @Override
        public String summary(Random r, int feed, int item) {
            return sentence(r);
        }
    };

    /** The feeds, in memory. */
    public List<FeedFile> feeds(int count, int items) {
        return feeds(count, items, null);
    }

    /**
     * The feeds, each written to a file in {@code dir} as soon as it is made (and served from
     * there), or kept in memory when {@code dir} is null. Same bytes either way.
     */
    public List<FeedFile> feeds(int count, int items, Path dir) {
        if (count < 1 || items < 0) {
            throw new IllegalArgumentException("need at least one feed and no negative item count: " + count + ", " + items);
        }
        List<FeedFile> feeds = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            boolean rss = i % 2 == 1;
            String name = String.format("f%05d.%s.xml", i, rss ? "rss" : "atom");
            byte[] bytes = (rss ? rss(r, i, items) : atom(r, i, items)).getBytes(StandardCharsets.UTF_8);
            feeds.add(dir == null ? new FeedFile(name, bytes) : FeedFile.onDisk(name, dir.resolve(name), bytes));
        }
        return feeds;
    }

    private String rss(Random r, int i, int n) {
        ZoneOffset tz = ZoneOffset.ofHours(r.nextInt(5));
        String sec = pick(r, SECTIONS);
        StringBuilder out = new StringBuilder(n * 3600 + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xml:lang=\"ar\">\n<channel>\n")
                .append("<title>").append(pick(r, CITIES)).append(" - ").append(sec).append(' ').append(i)
                .append("</title>\n<link>").append(BASE).append("/site/").append(i).append("/</link>\n")
                .append("<description>").append(sentence(r)).append("</description>\n<language>ar</language>\n")
                .append("<lastBuildDate>").append(RFC822.format(T0.withOffsetSameInstant(tz)))
                .append("</lastBuildDate>\n<ttl>15</ttl>\n");
        OffsetDateTime t = T0;
        for (int j = 0; j < n; j++) {
            t = texts.published(r, i, j, t);
            String body = texts.body(r, BASE, i, j);
            out.append("<item>\n<title>").append(texts.title(r, i, j)).append("</title>\n<link>").append(BASE).append("/site/")
                    .append(i).append('/').append(j).append("</link>\n<guid isPermaLink=\"false\">rawafid-bench-")
                    .append(seed).append("-f").append(i).append("-i").append(j).append("</guid>\n<pubDate>")
                    .append(RFC822.format(t.withOffsetSameInstant(tz))).append("</pubDate>\n<dc:creator>مراسل ")
                    .append(pick(r, CITIES)).append("</dc:creator>\n<category>").append(sec)
                    .append("</category>\n<description>").append(texts.summary(r, i, j)).append("</description>\n")
                    .append("<content:encoded><![CDATA[").append(body).append("]]></content:encoded>\n</item>\n");
        }
        return out.append("</channel></rss>\n").toString();
    }

    private String atom(Random r, int i, int n) {
        ZoneOffset tz = ZoneOffset.ofHours(r.nextInt(5));
        String sec = pick(r, SECTIONS);
        String id = "tag:bench.rawafid.invalid,2024:seed-" + seed + ":feed-" + i;
        StringBuilder out = new StringBuilder(n * 4200 + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" ")
                .append("xml:lang=\"ar\">\n<title>").append(pick(r, CITIES)).append(" - ").append(sec).append(' ')
                .append(i).append("</title>\n<subtitle>").append(sentence(r)).append("</subtitle>\n<id>").append(id)
                .append("</id>\n<updated>").append(T0.withOffsetSameInstant(tz)).append("</updated>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(BASE).append("/site/").append(i)
                .append("/\"/>\n<author><name>هيئة تحرير ").append(pick(r, CITIES)).append("</name></author>\n");
        OffsetDateTime t = T0;
        for (int j = 0; j < n; j++) {
            t = texts.published(r, i, j, t);
            String body = texts.body(r, BASE, i, j);
            out.append("<entry>\n<title>").append(texts.title(r, i, j)).append("</title>\n<id>").append(id).append(":entry-")
                    .append(j).append("</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"").append(BASE)
                    .append("/site/").append(i).append('/').append(j).append("\"/>\n<published>")
                    .append(t.withOffsetSameInstant(tz)).append("</published>\n<updated>")
                    .append(t.plusMinutes(5).withOffsetSameInstant(tz)).append("</updated>\n<author><name>مراسل ")
                    .append(pick(r, CITIES)).append("</name></author>\n<category term=\"").append(sec)
                    .append("\"/>\n<summary>").append(texts.summary(r, i, j)).append("</summary>\n<content type=\"html\">")
                    .append(escape(body)).append("</content>\n</entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    static OffsetDateTime earlier(Random r, OffsetDateTime t) {
        return t.minus(Duration.ofMinutes(r.nextInt(7, 301)).plusSeconds(r.nextInt(60)));
    }

    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
