package org.rawafid.dedupe;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StoryMatcher#mayBeSameStory}, the prefilter {@link StoryIndex} runs on what
 * {@link StoryWindow} keeps of a held item (its word count and {@link WordSet} signature), never
 * rejects a pair {@link StoryMatcher#sameStoryScore} accepts: over the ANS pairs (both splits, with
 * their shared-name negatives), the twins set and every headline against its neighbours, both ways round.
 */
class StoryMatcherBoundTest {
    private final Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
    private final StoryMatcher matcher = new StoryMatcher(fingerprinter);

    @Test
    void neverRejectsAPairTheMatcherAccepts() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(AnsPairs.DIR), "ANS fixtures not present at " + AnsPairs.DIR);
        List<String[]> pairs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            List<AnsPairs> ans = AnsPairs.load(split);
            ans.forEach(p -> pairs.add(new String[]{p.s1(), p.s2()}));
            AnsPairs.hardNegatives(ans, new ArabicNormalizer()).forEach(p -> pairs.add(new String[]{p.s1(), p.s2()}));
            ans.forEach(p -> texts.add(p.s2()));
        }
        Path twins = Path.of("../shared/fixtures/neardup/twins/twins.csv");
        if (Files.exists(twins)) {
            try (Reader in = Files.newBufferedReader(twins, StandardCharsets.UTF_8)) {
                CsvRecords records = new CsvRecords(in);
                records.next();
                for (List<String> r = records.next(); r != null; r = records.next()) {
                    pairs.add(new String[]{r.get(0), r.get(1)});
                }
            }
        }
        for (int i = 0; i + 1 < texts.size(); i++) { // mostly unrelated: where the prefilter earns its keep
            pairs.add(new String[]{texts.get(i), texts.get(i + 1)});
        }

        int accepted = 0;
        int rejected = 0;
        for (String[] pair : pairs) {
            Fingerprint a = fingerprinter.fingerprint(new Text(pair[0], ""));
            Fingerprint b = fingerprinter.fingerprint(new Text(pair[1], ""));
            for (Fingerprint[] x : List.of(new Fingerprint[]{a, b}, new Fingerprint[]{b, a})) {
                boolean may = mayBeSameStory(x[0], x[1]);
                assertThat(may).as("as the whole count decided: %s | %s", x[0].normalized(), x[1].normalized())
                        .isEqualTo(byWholeCount(x[0], x[1]));
                if (matcher.sameStoryScore(x[0], x[1]) >= 0) {
                    accepted++;
                    assertThat(may).as("%s | %s", x[0].normalized(), x[1].normalized()).isTrue();
                }
                if (!may) {
                    rejected++;
                }
            }
        }

        assertThat(accepted).isGreaterThan(1_000);
        assertThat(rejected).isGreaterThan(pairs.size() / 2); // not vacuous
    }

    @Test
    void emptySidesAreLeftToTheMatcher() {
        Fingerprint empty = fingerprinter.fingerprint(new Text("", ""));
        Fingerprint quake = fingerprinter.fingerprint(new Text("زلزال بقوة 5.2 درجات يضرب ملاطية", ""));
        assertThat(mayBeSameStory(empty, quake)).isTrue();
        assertThat(mayBeSameStory(quake, empty)).isTrue();
        assertThat(mayBeSameStory(quake, quake)).isTrue();
    }

    /**
     * The prefilter as it was before it stopped counting early: every word of {@code a} looked up,
     * then the bound compared. {@link StoryMatcher#mayBeSameStory} must answer exactly this.
     */
    private boolean byWholeCount(Fingerprint a, Fingerprint b) {
        int left = a.words().size();
        int right = b.words().size();
        if (left == 0 || right == 0) {
            return true;
        }
        double bar = StoryMatcherBoundTest.threshold(Math.min(left, right));
        double norm = Math.sqrt((double) left * right);
        return Math.min(1.0, left / norm) >= bar && Math.min(1.0, a.words().sharedAtMost(b.words()) / norm) >= bar;
    }

    /** The matcher's bar for the shorter side's word count (0.5, up to 0.6 for long texts). */
    private static double threshold(int words) {
        return StoryMatcher.THRESHOLD + 0.1 * Math.min(1.0, Math.max(0, words - 10) / 10.0);
    }

    private boolean mayBeSameStory(Fingerprint a, Fingerprint b) {
        long[] held = new long[3 * WordSet.SIGNATURE_LONGS]; // at an offset, as a window slot
        b.words().copySignature(held, WordSet.SIGNATURE_LONGS);
        return matcher.mayBeSameStory(a, b.words().size(), held, WordSet.SIGNATURE_LONGS);
    }
}
