package org.rawafid.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RealisticTextsTest {
    private static final Path ANS = Path.of("../shared/fixtures/neardup/ans");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Test
    void drawsRealWordsWithZipfFrequencies() {
        Map<String, Integer> counts = RealisticTexts.countWords(ANS);
        RealisticTexts texts = new RealisticTexts(1, 10, 10, counts);
        Map<String, Integer> drawn = new HashMap<>();
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            drawn.merge(texts.zipf(r), 1, Integer::sum);
        }

        assertThat(counts.size()).as("distinct ANS words").isGreaterThan(5_000);
        List<Integer> sorted = drawn.values().stream().sorted((a, b) -> b - a).toList();
        // Zipf: the k-th commonest word is drawn about 1/k as often as the first.
        assertThat(sorted.get(0) / (double) sorted.get(9)).isBetween(6.0, 15.0);
        assertThat(drawn.size()).as("distinct words drawn").isGreaterThan(3_000);
    }

    @Test
    void aboutAQuarterOfTheItemsRetellAnotherFeedsStoryWithItsNamesAndNumber() {
        List<FeedFile> feeds = Corpus.realistic(40, 20, 1, ANS).feeds();
        Map<String, Set<Integer>> feedsByFacts = new HashMap<>();
        int items = 0;
        for (int f = 0; f < feeds.size(); f++) {
            Matcher m = TITLE.matcher(new String(feeds.get(f).bytes(), StandardCharsets.UTF_8));
            m.find(); // the feed's own title
            while (m.find()) {
                String[] w = m.group(1).split(" ");
                // words 1, 2, 4 and 5 are the story's names, place and number
                feedsByFacts.computeIfAbsent(w[1] + w[2] + w[4] + w[5], k -> new HashSet<>()).add(f);
                items++;
            }
        }
        long told = feedsByFacts.size();

        assertThat(items).isEqualTo(800);
        assertThat(1 - told / (double) items).as("share of items whose facts another item already told")
                .isBetween(0.18, 0.32);
        assertThat(feedsByFacts.values()).anyMatch(s -> s.size() >= 2);
    }

    @Test
    void theStoryOfEachItemNamesExactlyTheItemsThatTellItsFacts() {
        int sources = 40;
        int perFeed = 20;
        List<FeedFile> feeds = Corpus.realistic(sources, perFeed, 1, ANS).feeds();
        var stories = Corpus.realisticStories(sources, perFeed, 1, ANS);
        Map<String, Set<String>> storiesByFacts = new HashMap<>();
        Map<String, Set<String>> factsByStory = new HashMap<>();
        int retold = 0;
        for (int f = 0; f < feeds.size(); f++) {
            Matcher m = TITLE.matcher(new String(feeds.get(f).bytes(), StandardCharsets.UTF_8));
            m.find(); // the feed's own title
            for (int i = 0; m.find(); i++) {
                String[] w = m.group(1).split(" ");
                String facts = w[1] + w[2] + w[4] + w[5]; // names, place and number, as above
                String story = stories.apply(f + 1, i); // feeds are numbered from 1 in their links
                storiesByFacts.computeIfAbsent(facts, k -> new HashSet<>()).add(story);
                factsByStory.computeIfAbsent(story, k -> new HashSet<>()).add(facts);
                retold += story.equals((f + 1) + ":" + i) ? 0 : 1;
            }
        }

        assertThat(storiesByFacts.values()).allMatch(s -> s.size() == 1);
        assertThat(factsByStory.values()).allMatch(s -> s.size() == 1);
        assertThat(retold / 800.0).as("share of items retelling another's story").isBetween(0.18, 0.32);
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        assertThat(Corpus.realistic(3, 5, 4, ANS).feeds().get(2).bytes())
                .isEqualTo(Corpus.realistic(3, 5, 4, ANS).feeds().get(2).bytes());
    }
}
