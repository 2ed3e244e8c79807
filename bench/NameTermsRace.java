/*
 * What a service's first poll paid for the search stems' place-name map before it was built once per
 * process (issue 16, lead, sixth round): N threads, released together, each stem one word with a fresh
 * JVM's one normaliser, as the fetch threads of a first poll do; prints the process CPU and wall time
 * until all have their stem. Before, every thread that came before the first build finished built a
 * whole gazetteer of its own.
 *   java -cp target/rawafid.jar bench/NameTermsRace.java 64
 * Measured 2026-12-06 18:44 (load ~15, two helpers busy), three runs each, alternated:
 * ba06290 5,490 / 6,260 / 6,960 CPU ms (wall 11.7-14.3 s), 69088bd 460 / 410 / 470 CPU ms (wall 0.6-0.9 s).
 */
import org.rawafid.dedupe.ArabicNormalizer;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class NameTermsRace {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        ArabicNormalizer normalizer = new ArabicNormalizer();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            String word = "والكتاب" + (char) ('ا' + i % 20);
            pool.submit(() -> {
                start.await();
                return normalizer.searchStem(word);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("threads=%d cpu_ms=%d wall_ms=%d%n", threads,
                (os.getProcessCpuTime() - cpu0) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
    }
}
