package org.rawafid.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Confirms (or rejects) a same-story candidate on the exact token sets: the score is the
 * cosine similarity of the two sets of stemmed words, and a pair is the same story when the
 * score reaches {@link #THRESHOLD} (more for long texts, see {@link #threshold}) and the numbers don't contradict each other — when each
 * side mentions a number the other lacks (a 5.2 quake against a 4.1 one; 27.25% against
 * 7.5%), or their {@link Cue}s disagree (rises against falls, says against denies), the
 * texts report different facts even if every name matches.
 *
 * <p>The threshold was tuned on the ANS training pairs (see {@code StoryMatcherEvaluationTest}).
 * Thread-safe.
 */
public final class StoryMatcher {
    public static final double THRESHOLD = 0.5;
    private static final double LONG_TEXT_MARGIN = 0.1;

    private final Fingerprinter fingerprinter;
    private final double threshold;
    /** Word counts every comparison adds to the stored ones for {@link #namesDiffer}. */
    private final CorpusStats prior;

    public StoryMatcher(Fingerprinter fingerprinter) {
        this(fingerprinter, THRESHOLD, WordPrior.standard());
    }

    StoryMatcher(Fingerprinter fingerprinter, double threshold) {
        this(fingerprinter, threshold, WordPrior.standard());
    }

    StoryMatcher(Fingerprinter fingerprinter, double threshold, CorpusStats prior) {
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.threshold = threshold;
        this.prior = Objects.requireNonNull(prior, "prior");
    }

    public Comparison compare(Text a, Text b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return compare(fingerprinter.fingerprint(a), fingerprinter.fingerprint(b));
    }

    public Comparison compare(Fingerprint a, Fingerprint b) {
        return compare(a, b, CorpusStats.NONE);
    }

    /** {@link #compare(Fingerprint, Fingerprint)} with the rare-word rule over {@code stats}. */
    public Comparison compare(Fingerprint a, Fingerprint b, CorpusStats stats) {
        double score = score(a, b);
        String blocked = veto(a, b);
        if (blocked == null && score >= threshold(a, b)) {
            blocked = rareWords(a, b, stats, prior);
        }
        boolean same = score >= threshold(a, b) && blocked == null;
        String reason = same ? String.format(Locale.ROOT, "same: score %.2f >= %.2f", score, threshold(a, b))
                : score < threshold(a, b) ? String.format(Locale.ROOT, "different: score %.2f < %.2f", score,
                threshold(a, b)) : blocked;
        return new Comparison(a.normalized(), b.normalized(), score, same, reason);
    }

    /**
     * The rule that makes two texts different stories whatever their score, as
     * {@code "blocked: …"}, or null: numbers or money amounts that contradict, cues that disagree
     * (rises against falls, says against denies), places that differ (each side names a place
     * the other neither names nor contains, see {@link Place#coveredBy}).
     */
    static String veto(Fingerprint a, Fingerprint b) {
        if (numbersContradict(a, b)) {
            return "blocked: numbers differ (" + extra(a.numbers(), b.numbers()) + " vs "
                    + extra(b.numbers(), a.numbers()) + ")";
        }
        if (amountsContradict(a, b)) {
            return "blocked: amounts differ (" + String.join(", ", a.amounts()) + " vs "
                    + String.join(", ", b.amounts()) + ")";
        }
        if (Cue.contradict(a.cues(), b.cues(), a.moves(), b.moves())) {
            return "blocked: cues differ (" + new java.util.TreeSet<>(a.cues()) + " vs " + new java.util.TreeSet<>(b.cues())
                    + ")"; // sorted: a set's own order changes from one run to the next
        }
        String markets = marketsDiffer(a, b);
        if (markets != null) {
            return markets;
        }
        List<Place> onlyA = uncovered(a.places(), b.places());
        List<Place> onlyB = uncovered(b.places(), a.places());
        if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
            return "blocked: places differ (" + forms(onlyA) + " vs " + forms(onlyB) + ")";
        }
        return null;
    }

    /**
     * The score of a pair {@link #compare} calls the same story, or -1 when it would not: the same
     * decision and score, but the cheap vetoes come before the count — numbers, cues, places, and
     * two upper bounds on the score: all of a's words shared, then {@link WordSet#sharedAtMost}
     * (each computed as {@link #score} would, so division's monotonic rounding keeps them bounds)
     * — so most candidates that can't match are never scored. For {@link StoryIndex}, which only
     * needs the best same-story candidate.
     */
    double sameStoryScore(Fingerprint a, Fingerprint b) {
        return sameStoryScore(a, b, CorpusStats.NONE);
    }

    /** {@link #sameStoryScore(Fingerprint, Fingerprint)} with the rare-word rule over {@code stats}. */
    double sameStoryScore(Fingerprint a, Fingerprint b, CorpusStats stats) {
        if (veto(a, b) != null) {
            return -1;
        }
        int left = a.words().size();
        int right = b.words().size();
        double bar = threshold(a, b);
        // Computed as score() would with every word shared: division rounds monotonically, so score <= bound.
        if (left > 0 && right > 0) {
            double norm = Math.sqrt((double) left * right);
            if (Math.min(1.0, left / norm) < bar
                    || Math.min(1.0, a.words().sharedAtMost(b.words()) / norm) < bar) {
                return -1;
            }
        }
        double score = score(a, b);
        return score >= bar && rareWords(a, b, stats, prior) == null ? score : -1;
    }

    /**
     * False only when {@link #sameStoryScore} is -1 for {@code a} against every item whose word
     * set has {@code rightWords} distinct words and the signature at {@code offset} of
     * {@code rightSignature} ({@link WordSet#copySignature}): the same two score bounds, computed
     * the same way, from what {@link StoryWindow} keeps of a held item instead of its
     * {@link Fingerprint} — so a candidate that cannot reach the bar is dropped before its
     * fingerprint is read or taken, and before the vetoes.
     */
    boolean mayBeSameStory(Fingerprint a, int rightWords, long[] rightSignature, int offset) {
        int left = a.words().size();
        if (left == 0 || rightWords == 0) {
            return true; // sameStoryScore has no bound here
        }
        double bar = threshold(Math.min(left, rightWords), threshold);
        double norm = Math.sqrt((double) left * rightWords);
        return Math.min(1.0, left / norm) >= bar
                && a.words().sharesAtLeast(rightSignature, offset, sharedNeeded(left, norm, bar));
    }

    /**
     * The fewest shared words {@code k} (of {@code left}) with {@code min(1, k / norm) >= bar}, as
     * {@link #mayBeSameStory} computes it, or {@code left + 1} when none: the expression only grows
     * with {@code k} (division rounds monotonically), so {@code sharedAtMost >= k} is exactly that test.
     */
    private static int sharedNeeded(int left, double norm, double bar) {
        int k = (int) Math.max(0, Math.min(left + 1, Math.ceil(bar * norm)));
        while (k > 0 && Math.min(1.0, (k - 1) / norm) >= bar) {
            k--;
        }
        while (k <= left && Math.min(1.0, k / norm) < bar) {
            k++;
        }
        return k;
    }

    /**
     * The rare-word rule: the score again with each word weighted by its inverse document
     * frequency among stored items ({@link CorpusStats#weight}); when that falls below the bar,
     * the words only one side has are rarer than the ones they share — a name, a place — and
     * the pair is blocked, naming the rarest unshared word of each side. With no corpus (or too
     * small a one) every weight is 1, the weighted score is the score, and nothing is blocked.
     */
    static String rareWords(Fingerprint a, Fingerprint b, CorpusStats stats, CorpusStats prior) {
        String names = prior.documents() < MIN_DOCUMENTS ? null : namesDiffer(a, b, stats, prior);
        if (names == null && prior.documents() >= MIN_DOCUMENTS) {
            names = swapped(a, b, stats.plus(prior));
        }
        if (names != null || stats.documents() < MIN_DOCUMENTS) {
            return names;
        }
        Side left = side(a.words(), b.words(), stats);
        Side right = side(b.words(), a.words(), stats);
        if (left.total() == 0 || right.total() == 0) {
            return null;
        }
        double weighted = Math.sqrt(left.shared() / left.total() * right.shared() / right.total());
        if (left.rarest() == null || right.rarest() == null) {
            return null;
        }
        if (weighted >= threshold(a, b, THRESHOLD)) {
            return null;
        }
        return String.format(Locale.ROOT, "blocked: rare words differ (%s vs %s; weighted score %.2f)",
                left.rarest(), right.rarest(), weighted);
    }

    /**
     * One slot of a template filled with two names: a run of words only one side has (at most
     * {@link #SLOT_WORDS}) stands in the same place as a run only the other has — after the same
     * word and before the same word, a text's edge counting as a word — and both runs hold a
     * rare word that is not shaped like a verb (at most one item in {@link #RARE} of stored items
     * plus prior), both of them names (a word the shipped prior never saw and the store holds
     * in at most {@link #NAME_REPORTS} items or one in {@link #NAME_RARITY}) — or one, when the
     * pair is a pure template ({@link #TEMPLATE_SCORE}, at most two differing runs a side). Titles
     * only: leads add attributions (بحسب، وفق) no headline corpus counts. بلينكن vs سوليفان, الأهلي vs
     * الزمالك are two stories however much else is shared; a paraphrase swaps common words
     * (مصرع ↔ مقتل) or rewrites around the rare ones.
     */
    static String namesDiffer(Fingerprint a, Fingerprint b, CorpusStats stored, CorpusStats prior) {
        List<Slot> left = slots(a, b, stored, prior);
        if (left.stream().allMatch(x -> x.name() == null)) {
            return null;
        }
        List<Slot> right = slots(b, a, stored, prior);
        // A pure template (the slot differs and nothing else, in title and lead) needs only one name.
        boolean template = left.size() <= 2 && right.size() <= 2 && score(a, b) >= TEMPLATE_SCORE;
        for (Slot x : right) {
            for (Slot y : left) {
                if (x.name() != null && y.name() != null
                        && x.before().equals(y.before()) && x.after().equals(y.after())
                        && (template ? x.isName() || y.isName() : x.isName() && y.isName())
                        && !oneWord(x.name(), y.name())) {
                    return "blocked: names differ (" + y.name() + " vs " + x.name() + ")";
                }
            }
        }
        return null;
    }

    /**
     * One word swapped in a template: each title differs from the other in one word
     * ({@link #SWAP_WORDS}), standing between the same neighbours, every other title word shared
     * and in the same order — غرامي vs أوسكار، فستاني vs حذاءي، ديزني vs سوني. Not when the words
     * are forms of one word, shaped like verbs (an outlet's choice: يلتقي، يستقبل), or both common
     * ({@link #SWAP_COMMON}: كبير، كثيف): a paraphrase rewrites, a twin swaps one fact.
     */
    static String swapped(Fingerprint a, Fingerprint b, CorpusStats stats) {
        List<String> x = runs(a, b);
        if (x == null) {
            return null;
        }
        List<String> y = runs(b, a);
        if (y == null || !x.get(0).equals(y.get(0)) || !x.get(1).equals(y.get(1))
                || !sameFrame(without(a.titleTokenList(), x), without(b.titleTokenList(), y))) {
            return null;
        }
        List<String> wx = List.of(x.get(2).split(" "));
        List<String> wy = List.of(y.get(2).split(" "));
        for (String u : wx) {
            for (String v : wy) {
                if (oneWord(u, v) || isVerbLike(u) || isVerbLike(v)) {
                    return null;
                }
            }
        }
        // Common words swapped (كبير، كثيف، بشأن، بخصوص) are how an outlet writes, not what happened.
        if (allCommon(wx, stats) || allCommon(wy, stats)) {
            return null;
        }
        return "blocked: one word swapped (" + x.get(2) + " vs " + y.get(2) + ")";
    }

    /**
     * {@link #isVerbShaped}, or a short stem with an imperfect or future prefix (يتج، سنرحل); a
     * verbal noun of the تفعيل pattern is not.
     */
    private static boolean isVerbLike(String w) {
        if (w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي') {
            return false; // تفعيل: a verbal noun (تعليم، تزوير), the thing itself
        }
        return isVerbShaped(w) || w.length() >= 3 && (w.charAt(0) == 'ي'
                || w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 && w.length() >= 4);
    }

    /** A word in more than one stored-or-prior document in this many is common. */
    static final long SWAP_COMMON = 100;
    /** One word a side: two-word runs are mostly rewordings (إقبال كثيف / إقبال كبير للجنة). */
    static final int SWAP_WORDS = 1;

    private static boolean allCommon(List<String> words, CorpusStats stats) {
        return words.stream().allMatch(w -> stats.frequency(w) * SWAP_COMMON > stats.documents());
    }

    /** The title without its run: the template's frame. */
    private static List<String> without(List<String> title, List<String> run) {
        int from = Integer.parseInt(run.get(3));
        int to = Integer.parseInt(run.get(4));
        List<String> out = new ArrayList<>(title.subList(0, from));
        out.addAll(title.subList(to, title.size()));
        return out;
    }

    /** The same words in the same order, each the same or {@link #oneWord} (a clitic, a spelling). */
    private static boolean sameFrame(List<String> x, List<String> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i)) && !oneWord(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** [before, after, run] of the one run of a's title words b lacks, or null when not exactly one short run. */
    private static List<String> runs(Fingerprint a, Fingerprint b) {
        List<String> mine = a.titleTokenList();
        Set<String> common = sharedWords(a, b);
        int first = -1;
        int last = -1;
        int shared = 0;
        for (int i = 0; i < mine.size(); i++) {
            if (common.contains(mine.get(i))) {
                shared++;
                continue;
            }
            if (first >= 0 && last != i - 1) {
                return null;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (first < 0 || last - first + 1 > SWAP_WORDS || shared < 2) {
            return null;
        }
        return List.of(first == 0 ? "" : mine.get(first - 1), last == mine.size() - 1 ? "" : mine.get(last + 1),
                String.join(" ", mine.subList(first, last + 1)), String.valueOf(first), String.valueOf(last + 1));
    }

    /**
     * Two forms of one word: one inside the other, one root, the same after a clitic letter
     * (لنشر، بنشر), or one letter apart — transliterations vary (ديفيدسون، ديفدسون; غوميز، جوميز).
     */
    static boolean oneWord(String x, String y) {
        return x.contains(y) || y.contains(x) || RootStemmer.root(x).equals(RootStemmer.root(y))
                || x.length() > 3 && y.length() > 3 && x.substring(1).equals(y.substring(1))
                || oneEditApart(x, y);
    }

    private static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return x.substring(Math.min(i + 1, x.length())).equals(y.substring(Math.min(i + 1, y.length())))
                || x.substring(i).equals(y.substring(Math.min(i + 1, y.length())))
                || x.substring(Math.min(i + 1, x.length())).equals(y.substring(i));
    }

    /**
     * A name is a word the prior never saw and at most one stored item in this many holds (or
     * {@link #NAME_REPORTS}, whichever is more: many outlets report one match of one team).
     */
    static final double NAME_RARITY = 300;
    static final long NAME_REPORTS = 20;
    /** Words found in at most one item per this many are rare enough to fill a name's slot. */
    static final double RARE = 200;
    static final int SLOT_WORDS = 3;
    /** A pair this alike, differing in at most two runs a side (title and lead), is one template. */
    static final double TEMPLATE_SCORE = 0.8;

    /** A run of words only one side has, its neighbours, and its rarest word (null: none rare). */
    private record Slot(String before, String after, String name, boolean isName) {
    }

    /** The words of a that b has too ({@link WordSet#isShared}). */
    private static Set<String> sharedWords(Fingerprint a, Fingerprint b) {
        Set<String> shared = new java.util.HashSet<>();
        for (int i = 0; i < a.words().size(); i++) {
            if (a.words().isShared(i, b.words())) {
                shared.add(a.words().word(i));
            }
        }
        return shared;
    }

    private static List<Slot> slots(Fingerprint a, Fingerprint b, CorpusStats stored, CorpusStats prior) {
        CorpusStats stats = stored.plus(prior);
        List<String> mine = a.titleTokenList();
        Set<String> shared = sharedWords(a, b);
        List<Slot> out = new ArrayList<>();
        int i = 0;
        while (i < mine.size()) {
            if (shared.contains(mine.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < mine.size() && !shared.contains(mine.get(end))) {
                end++;
            }
            String name = null;
            long fewest = Math.max(2 * NAME_REPORTS, (long) (stats.documents() / RARE));
            if (end - i <= SLOT_WORDS) {
                for (String w : mine.subList(i, end)) {
                    long df = stats.frequency(w);
                    if (df <= fewest && !isVerbShaped(w) && w.chars().noneMatch(Character::isDigit)) {
                        name = w;
                        fewest = df;
                    }
                }
            }
            boolean isName = name != null && prior.frequency(name) == 0
                    && stored.frequency(name) <= Math.max(NAME_REPORTS, (long) (stored.documents() / NAME_RARITY));
            out.add(new Slot(i == 0 ? "" : mine.get(i - 1), end == mine.size() ? "" : mine.get(end), name, isName));
            i = end;
        }
        return out;
    }

    /**
     * A stem shaped like a verb or an adverbial accusative rather than a name: an imperfect
     * prefix (يحصل، تتخلى، يقتحم), a perfect's feminine ending (أسفرت، تعاقبت), or tanwin alif
     * (تمهيدا): a rare one is an outlet's choice of word, not who or where.
     */
    static boolean isVerbShaped(String w) {
        return w.length() >= 4 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت')
                || w.length() >= 4 && (w.endsWith("ت") || w.endsWith("ا"));
    }


    /** Minimum stored items before IDF weights mean anything (below: every word weighs 1). */
    static final long MIN_DOCUMENTS = 200;

    private record Side(double shared, double total, String rarest) {
    }

    private static Side side(WordSet mine, WordSet theirs, CorpusStats stats) {
        double shared = 0;
        double total = 0;
        double rarestWeight = 0;
        String rarest = null;
        for (int i = 0; i < mine.size(); i++) {
            double w = stats.weight(mine.word(i), MIN_DOCUMENTS);
            total += w;
            if (mine.isShared(i, theirs)) {
                shared += w;
            } else if (w > rarestWeight) {
                rarestWeight = w;
                rarest = mine.word(i);
            }
        }
        return new Side(shared, total, rarest);
    }

    /**
     * The bar rises with length, from {@code threshold} for headlines (10 distinct words or
     * fewer on the shorter side) to {@code threshold + 0.1} for headline plus lead (20 or
     * more): longer texts share more of the generic news vocabulary (الرئيس، استقبل، بحث،
     * العلاقات) by chance, so two meetings of one president in the same agency template
     * score about 0.52 where two reports of one meeting score 0.62 and up.
     */
    private double threshold(Fingerprint a, Fingerprint b) {
        return threshold(a, b, threshold);
    }

    private static double threshold(Fingerprint a, Fingerprint b, double threshold) {
        return threshold(Math.min(a.words().size(), b.words().size()), threshold);
    }

    /** The bar for a pair whose shorter side has {@code words} distinct words. */
    private static double threshold(int words, double threshold) {
        return threshold + LONG_TEXT_MARGIN * Math.min(1.0, Math.max(0, words - 10) / 10.0);
    }

    /**
     * Cosine of the two sets of stemmed words, where a word also counts as shared when the other
     * side has it without a clitic letter the stemmer kept (too little would remain), or with one
     * ({@link WordSet#countSharedWith}).
     */
    static double score(Fingerprint a, Fingerprint b) {
        WordSet left = a.words();
        WordSet right = b.words();
        if (left.size() == 0 || right.size() == 0) {
            return 0;
        }
        int common = left.countSharedWith(right);
        return Math.min(1.0, common / Math.sqrt((double) left.size() * right.size()));
    }

    /**
     * Each side mentions a number the other lacks, and at least one of those is in a title:
     * leads add times, ages and tallies that other outlets leave out, titles carry the fact.
     */
    static boolean numbersContradict(Fingerprint a, Fingerprint b) {
        if (a.numbers().isEmpty() || b.numbers().isEmpty()) {
            return false;
        }
        boolean aExtra = !b.numbers().containsAll(a.numbers());
        boolean bExtra = !a.numbers().containsAll(b.numbers());
        return aExtra && bExtra
                && (!b.numbers().containsAll(a.titleNumbers()) || !a.numbers().containsAll(b.titleNumbers()));
    }

    /**
     * Both sides state a sum of money and each has one whose number the other never mentions:
     * 2600 جنيه against 89500 ليره. The same sum in digits and words is equal once
     * {@link NumberWords} has run, and a sum only one side gives is detail.
     */
    static boolean amountsContradict(Fingerprint a, Fingerprint b) {
        return !a.amounts().isEmpty() && !b.amounts().isEmpty()
                && a.amounts().stream().anyMatch(x -> !b.numbers().contains(x.substring(0, x.indexOf(' '))))
                && b.amounts().stream().anyMatch(x -> !a.numbers().contains(x.substring(0, x.indexOf(' '))));
    }

    /**
     * Each title names a market ({@link MarketLexicon}) the other text never mentions: the gold
     * price and the oil price are two stories however alike the template. A market only one side
     * names is detail (الذهب يرتفع مع تراجع الدولار).
     */
    static String marketsDiffer(Fingerprint a, Fingerprint b) {
        Set<String> inA = MarketLexicon.standard().markets(a.titleTokenList());
        if (inA.isEmpty()) {
            return null;
        }
        Set<String> inB = MarketLexicon.standard().markets(b.titleTokenList());
        if (inB.isEmpty()) {
            return null;
        }
        List<String> onlyA = inA.stream().filter(m -> !inB.contains(m)
                && !MarketLexicon.standard().markets(b.tokens()).contains(m)).toList();
        List<String> onlyB = inB.stream().filter(m -> !inA.contains(m)
                && !MarketLexicon.standard().markets(a.tokens()).contains(m)).toList();
        return onlyA.isEmpty() || onlyB.isEmpty() ? null
                : "blocked: markets differ (" + String.join("، ", onlyA) + " vs " + String.join("، ", onlyB) + ")";
    }

    private static List<Place> uncovered(Set<Place> mine, Set<Place> theirs) {
        List<Place> out = new ArrayList<>();
        for (Place p : mine) {
            if (theirs.stream().noneMatch(p::coveredBy)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String forms(List<Place> places) {
        return String.join("، ", places.stream().map(Place::form).toList());
    }

    private static String extra(Set<String> mine, Set<String> theirs) {
        return String.join(", ", mine.stream().filter(n -> !theirs.contains(n)).sorted().toList());
    }
}
