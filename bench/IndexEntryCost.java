import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;
import org.rawafid.clean.CleanHtml;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.model.ParsedItem;
import org.rawafid.parse.FeedParser;
import org.rawafid.search.IndexWriter;
import org.rawafid.search.SearchRepository;
import org.rawafid.store.Database;
import org.rawafid.store.ItemIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU per item of the search index entry (issue 16), one thread, thread CPU time: what the refresher
 * computes before the write transaction. Runs against any jar:
 *
 *   java -cp target/rawafid.jar bench/IndexEntryCost.java [html|text] [rounds]
 *
 * {@code html}: {@code ItemIndex.entry(item)} (the text taken from the stored HTML, as every jar
 * before issue 16's fifth round did on the live path); {@code text}: {@code entry(item, cleanerText)}
 * (the refresher's path since). Items: the generator corpus, 500 feeds × 30, cleaned as the refresher cleans.
 * Also prints the bytes the thread allocated per item (HotSpot's ThreadMXBean), the GC's side of the cost.
 */
public class IndexEntryCost {
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "text";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        HtmlCleaner cleaner = new HtmlCleaner();
        Summarizer summarizer = new Summarizer();
        FeedParser parser = new FeedParser();
        List<Item> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (FeedFile feed : Corpus.generate(500, 30, 7).feeds()) {
            for (ParsedItem p : parser.parse(feed.bytes(), "application/xml", URI.create("https://example.com/f")).items()) {
                String body = p.contentHtml() != null ? p.contentHtml() : p.summaryHtml() == null ? "" : p.summaryHtml();
                CleanHtml clean = cleaner.clean(body, URI.create("https://example.com/a"), null);
                items.add(new Item("s", "k" + items.size(), null, null, null, p.title(), clean.html(),
                        summarizer.summarizeText(clean.text(), 300), null, null, List.of(), Instant.EPOCH, Instant.EPOCH));
                texts.add(clean.text());
            }
        }
        Path file = Files.createTempFile("entry-cost", ".db");
        try (Database db = Database.open(file)) {
            ItemIndex index = new IndexWriter(new SearchRepository(db), new ArabicNormalizer());
            Method withText = "text".equals(mode) ? ItemIndex.class.getMethod("entry", Item.class, String.class) : null;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
            long self = Thread.currentThread().getId();
            long chars = 0;
            for (int round = 0; round < rounds; round++) {
                long bytes = allocation.getThreadAllocatedBytes(self);
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < items.size(); i++) {
                    ItemIndex.Entry entry = withText == null ? index.entry(items.get(i))
                            : (ItemIndex.Entry) withText.invoke(index, items.get(i), texts.get(i));
                    chars += entry.terms().length();
                }
                long cpu = threads.getCurrentThreadCpuTime() - start;
                long allocated = allocation.getThreadAllocatedBytes(self) - bytes;
                System.out.printf("mode=%s round=%d items=%d cpu_us_per_item=%.1f alloc_bytes_per_item=%d%n", mode, round,
                        items.size(), cpu / 1000.0 / items.size(), allocated / items.size());
            }
            System.out.println("chars=" + chars);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        }
    }
}
