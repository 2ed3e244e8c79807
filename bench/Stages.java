/*
 * Single-threaded per-stage timing on the synthetic corpus (README, Performance):
 *   java -cp target/rawafid.jar bench/Stages.java clean 20     # clean + summary per item, thread CPU us
 *   java -cp target/rawafid.jar bench/Stages.java parse 20     # FeedParser per 30-item feed
 *   java -cp target/rawafid.jar bench/Stages.java digest 0     # SHA-256 of every item's cleaned output
 *   java -cp target/rawafid.jar bench/Stages.java fingerprint 20   # Fingerprinter on title + summary per item
 *   java -cp target/rawafid.jar bench/Stages.java terms 20     # search terms of title + text per item (as IndexWriter)
 *   java -cp target/rawafid.jar bench/Stages.java item 20      # clean + summary + title + fingerprint + terms per item
 *   java -cp target/rawafid.jar bench/Stages.java words 0      # SHA-256 of every item's fingerprint and search terms
 * The second half of the run is measured (the first warms the JIT). Compare two jars in the same
 * minute; "digest" must print the same value for both when a change should not alter output.
 */
import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprint;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.Text;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;
import org.rawafid.parse.FeedParser;
import java.net.URI;
import java.util.*;

/** Single-threaded per-stage timing over the synthetic corpus: parse per feed, clean+summary per item. */
public class Stages {
    public static void main(String[] a) throws Exception {
        String stage = a[0];
        int seconds = Integer.parseInt(a[1]);
        Corpus corpus = Corpus.generate(100, 30, 1);
        FeedParser parser = new FeedParser();
        URI url = URI.create("http://bench.invalid/feed");
        List<ParsedItem> items = new ArrayList<>();
        for (FeedFile f : corpus.feeds()) items.addAll(parser.parse(f.bytes(), f.contentType(), url).items());
        HtmlCleaner cleaner = new HtmlCleaner(); Summarizer sum = new Summarizer();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Fingerprinter fingerprinter = new Fingerprinter(normalizer);
        TitleCleaner titles = new TitleCleaner();
        if (stage.equals("words")) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (ParsedItem p : items) {
                var c = cleaner.clean(p.contentHtml() != null ? p.contentHtml() : p.summaryHtml(), URI.create("http://bench.invalid/a/b"), "ar");
                String title = titles.clean(p.title(), "bench");
                Fingerprint f = fingerprinter.fingerprint(new Text(title, sum.summarize(c.text(), 300)));
                md.update((title + "\u0000" + f.normalized() + "\u0000" + f.tokens() + "\u0000" + new TreeSet<>(f.numbers())
                        + "\u0000" + new TreeSet<>(f.titleNumbers()) + "\u0000" + new TreeSet<Object>(f.cues()) + "\u0000" + Arrays.toString(f.bands())
                        + "\u0000" + f.places().stream().map(pl -> pl.id() + "@" + new TreeSet<>(pl.countries()) + "@" + pl.country() + "@" + pl.form()).sorted().toList() + "\u0000" + new TreeSet<>(f.amounts()) + "\u0000" + f.titleTokens()
                        + "\u0000" + normalizer.searchTerms(title + "\n" + org.jsoup.Jsoup.parseBodyFragment(c.html()).text())).getBytes("UTF-8"));
            }
            System.out.println("words " + java.util.HexFormat.of().formatHex(md.digest()));
            return;
        }
        if (stage.equals("digest")) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (ParsedItem p : items) {
                var c = cleaner.clean(p.contentHtml() != null ? p.contentHtml() : p.summaryHtml(), URI.create("http://bench.invalid/a/b"), "ar");
                md.update((c.html() + "\u0000" + c.text() + "\u0000" + c.leadImageUrl() + "\u0000" + sum.summarize(c.text(), 300)).getBytes("UTF-8"));
            }
            System.out.println("digest " + java.util.HexFormat.of().formatHex(md.digest()));
            return;
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L, half = System.nanoTime() + seconds * 500_000_000L;
        long ops = 0, t0 = 0, c0 = 0; int i = 0; long sink = 0;
        while (true) {
            long now = System.nanoTime();
            if (now > end) break;
            if (t0 == 0 && now > half) { t0 = now; ops = 0; c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
            if (stage.equals("parse")) {
                FeedFile f = corpus.feeds().get(i++ % corpus.feeds().size());
                sink += parser.parse(f.bytes(), f.contentType(), url).items().size();
            } else if (stage.equals("fingerprint")) {
                ParsedItem p = items.get(i++ % items.size());
                String lead = p.summaryHtml() != null ? p.summaryHtml() : "";
                sink += fingerprinter.fingerprint(new Text(p.title(), lead.length() > 300 ? lead.substring(0, 300) : lead)).tokens().size();
            } else if (stage.equals("terms")) {
                ParsedItem p = items.get(i++ % items.size());
                String html = p.contentHtml() != null ? p.contentHtml() : p.summaryHtml();
                sink += normalizer.searchTerms(p.title() + "\n" + org.jsoup.Jsoup.parseBodyFragment(html).text()).size();
            } else if (stage.equals("item")) {
                ParsedItem p = items.get(i++ % items.size());
                var c = cleaner.clean(p.contentHtml() != null ? p.contentHtml() : p.summaryHtml(), URI.create("http://bench.invalid/a/b"), "ar");
                String title = titles.clean(p.title(), "bench");
                String summary = sum.summarizeText(c.text(), 300);
                sink += fingerprinter.fingerprint(new Text(title, summary)).tokens().size() + c.html().length()
                        + normalizer.searchTerms(title + "\n" + org.jsoup.Jsoup.parseBodyFragment(c.html()).text()).size();
            } else {
                ParsedItem p = items.get(i++ % items.size());
                var c = cleaner.clean(p.contentHtml() != null ? p.contentHtml() : p.summaryHtml(), URI.create("http://bench.invalid/a/b"), "ar");
                sink += sum.summarize(c.text(), 300).length() + c.html().length();
            }
            ops++;
        }
        System.out.printf("%s cpu_us_per_op=%.1f (sink %d)%n", stage, (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1000.0 / ops, sink);
    }
}
