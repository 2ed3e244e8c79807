package org.rawafid.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * Tuning tool (not a test): prints, per threshold, precision/recall of "same" on ANS agree vs
 * other with and without the LSH candidate step, merged shared-name negatives and merged
 * disagree pairs. Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.rawafid.dedupe.ThresholdSweep train}.
 */
class ThresholdSweep {
    public static void main(String[] args) throws Exception {
        ArabicNormalizer n = new ArabicNormalizer();
        Fingerprinter f = new Fingerprinter(n);
        List<AnsPairs> pairs = new ArrayList<>(AnsPairs.load(args.length > 0 ? args[0] : "train"));
        List<AnsPairs> hard = AnsPairs.hardNegatives(pairs, n);
        System.out.println("hard negatives " + hard.size());
        int ansCount = pairs.size();
        pairs.addAll(hard);
        int n1 = pairs.size();
        double[] score = new double[n1];
        boolean[] cand = new boolean[n1];
        boolean[] numc = new boolean[n1];
        for (int i = 0; i < n1; i++) {
            Fingerprint a = f.fingerprint(Text.ofTitle(pairs.get(i).s1()));
            Fingerprint b = f.fingerprint(Text.ofTitle(pairs.get(i).s2()));
            score[i] = StoryMatcher.score(a, b);
            cand[i] = a.sharesBandWith(b);
            numc[i] = StoryMatcher.numbersContradict(a, b) || (args.length < 2 && Cue.contradict(a.cues(), b.cues()));
        }
        for (double t = 0.2; t <= 0.71; t += 0.05) {
            int tp = 0, fp = 0, fn = 0, dis = 0, ndis = 0, tpNoLsh = 0, hardFp = 0;
            for (int i = 0; i < n1; i++) {
                boolean same = score[i] >= t && !numc[i];
                boolean sameLsh = same && cand[i];
                String s = pairs.get(i).stance();
                if (s.equals("agree")) { if (sameLsh) tp++; else fn++; if (same) tpNoLsh++; }
                else if (s.equals("other") && i < ansCount) { if (sameLsh) fp++; }
                else if (s.equals("other")) { if (sameLsh) hardFp++; }
                else { ndis++; if (sameLsh) dis++; }
            }
            System.out.printf("t=%.2f P=%.3f R=%.3f (R w/o LSH %.3f) fp=%d hardFp=%d disagreeMerged=%d/%d%n", t,
                    tp / (double) Math.max(1, tp + fp), tp / (double) (tp + fn), tpNoLsh / (double) (tp + fn), fp, hardFp, dis, ndis);
        }
    }
}
