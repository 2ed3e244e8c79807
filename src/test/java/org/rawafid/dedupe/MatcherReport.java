package org.rawafid.dedupe;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tuning tool (not a test): the figures the issue asks for on ANS train/dev (recall of agree,
 * disagree merged, other merged, shared-name negatives merged) and every miss on the twins set
 * and {@code dedupe/pairs.csv}. Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.rawafid.dedupe.MatcherReport [verbose]}.
 */
class MatcherReport {
    /** ANS dev judged with word counts from every ANS headline (train and dev) as the stored corpus. */
    static void idf(PairJudge ignored) throws Exception {
        ArabicNormalizer n = new ArabicNormalizer();
        Fingerprinter f = new Fingerprinter(n);
        StoryMatcher m = new StoryMatcher(f);
        java.util.Map<String, Long> df = new java.util.HashMap<>();
        long[] docs = {0};
        for (String split : List.of("train", "dev")) {
            for (AnsPairs p : AnsPairs.load(split)) {
                for (String s : List.of(p.s1(), p.s2())) {
                    docs[0]++;
                    new java.util.HashSet<>(f.fingerprint(Text.ofTitle(s)).tokens()).forEach(w -> df.merge(w, 1L, Long::sum));
                }
            }
        }
        CorpusStats stats = new CorpusStats() {
            public long documents() { return docs[0]; }
            public long frequency(String w) { return df.getOrDefault(w, 0L); }
        };
        for (String split : List.of("train", "dev")) {
            int tp = 0, fn = 0, dis = 0, disM = 0, oth = 0, othM = 0, rare = 0;
            for (AnsPairs p : AnsPairs.load(split)) {
                Fingerprint a = f.fingerprint(PairJudge.split(p.s1()));
                Fingerprint b = f.fingerprint(PairJudge.split(p.s2()));
                Comparison c = m.compare(a, b, stats);
                boolean same = c.sameStory() && a.sharesBandWith(b);
                if (c.reason().contains("rare")) rare++;
                switch (p.stance()) {
                    case "agree" -> { if (same) tp++; else fn++; }
                    case "other" -> { oth++; if (same) othM++; }
                    default -> { dis++; if (same) disM++; }
                }
            }
            System.out.printf("ANS %s with IDF of %d headlines: recall %.3f disagree merged %.3f (%d/%d) other %d/%d rare-blocked %d%n",
                    split, docs[0], tp / (double) (tp + fn), disM / (double) dis, disM, dis, othM, oth, rare);
        }
    }

    /** The prior {@link WordPriorResourceTest} would ship if only these splits were counted. */
    static WordPrior priorOf(List<String> splits) throws Exception {
        Fingerprinter f = new Fingerprinter(new ArabicNormalizer());
        java.util.Set<String> headlines = new java.util.LinkedHashSet<>();
        for (String split : splits) {
            for (AnsPairs p : AnsPairs.load(split)) {
                headlines.add(p.s1());
                headlines.add(p.s2());
            }
        }
        java.util.Map<String, Long> df = new java.util.HashMap<>();
        for (String h : headlines) {
            new java.util.HashSet<>(f.fingerprint(Text.ofTitle(h)).tokens()).forEach(w -> df.merge(w, 1L, Long::sum));
        }
        return new WordPrior(headlines.size(), df);
    }

    /** ANS dev judged with the prior counted from train alone: an estimate for the held-out test split. */
    static void devWithTrainPrior() throws Exception {
        Fingerprinter f = new Fingerprinter(new ArabicNormalizer());
        PairJudge judge = new PairJudge(f, new StoryMatcher(f, StoryMatcher.THRESHOLD, priorOf(List.of("train"))));
        int tp = 0, fn = 0, dis = 0, disM = 0, oth = 0, othM = 0;
        for (AnsPairs p : AnsPairs.load("dev")) {
            boolean same = judge.similar(p.s1(), p.s2()).sameStory();
            switch (p.stance()) {
                case "agree" -> { if (same) tp++; else fn++; }
                case "other" -> { oth++; if (same) othM++; }
                default -> { dis++; if (same) disM++; }
            }
        }
        System.out.printf("ANS dev, prior from train only: recall %.3f (%d/%d) disagree merged %.3f (%d/%d) other merged %d/%d%n",
                tp / (double) (tp + fn), tp, tp + fn, disM / (double) dis, disM, dis, othM, oth);
    }

    public static void main(String[] args) throws Exception {
        PairJudge judge = PairJudge.standard();
        boolean verbose = args.length > 0;
        boolean all = verbose && args[0].equals("all");
        for (String split : List.of("train", "dev")) {
            List<AnsPairs> pairs = AnsPairs.load(split);
            int tp = 0, fn = 0, dis = 0, disM = 0, oth = 0, othM = 0;
            for (AnsPairs p : pairs) {
                Comparison v = judge.similar(p.s1(), p.s2());
                boolean same = v.sameStory();
                switch (p.stance()) {
                    case "agree" -> { if (same) tp++; else { fn++; if (all || verbose && split.equals("dev")) System.out.println("FN " + split + " " + v.reason() + " | " + p.s1() + " | " + p.s2()); } }
                    case "other" -> { oth++; if (same) othM++; }
                    default -> { dis++; if (same) { disM++; if (all || verbose && split.equals("train")) System.out.println("DM " + split + " " + p.s1() + " | " + p.s2()); } }
                }
            }
            List<AnsPairs> hard = AnsPairs.hardNegatives(pairs, new ArabicNormalizer());
            long hardM = hard.stream().filter(p -> judge.similar(p.s1(), p.s2()).sameStory()).count();
            System.out.printf("ANS %s: recall %.3f (%d/%d) disagree merged %.3f (%d/%d) other merged %d/%d hard %d/%d%n",
                    split, tp / (double) (tp + fn), tp, tp + fn, disM / (double) dis, disM, dis, othM, oth, hardM, hard.size());
        }
        devWithTrainPrior();
        idf(judge);
        for (Path file : List.of(Path.of("../shared/fixtures/neardup/twins/twins.csv"),
                Path.of("src/test/resources/dedupe/pairs.csv"))) {
            if (!Files.exists(file)) {
                continue;
            }
            int n = 0, wrong = 0;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CsvRecords records = new CsvRecords(in);
                records.next();
                for (List<String> r = records.next(); r != null; r = records.next()) {
                    n++;
                    Comparison v = judge.similar(r.get(0), r.get(1));
                    boolean want = r.get(2).equals("same");
                    if (v.sameStory() != want) {
                        wrong++;
                        System.out.printf("WRONG %s want %s got %.3f %s%n   %s%n   %s%n", file.getFileName(), r.get(2),
                                v.score(), v.reason(), r.get(0), r.get(1));
                    }
                }
            }
            System.out.printf("%s: %d/%d right%n", file.getFileName(), n - wrong, n);
        }
    }
}
