package org.rawafid.publish;

import org.rawafid.dedupe.PhraseFilter;
import org.rawafid.model.StoredItem;
import org.rawafid.store.EntryQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses one page of a feed ranked by coverage (SPEC §8a): stories by the number of distinct
 * outlets that reported them within the window, then by the newest report; each story stands as
 * its first report among the feed's sources, which the keyword filters judge.
 */
final class TopStories {
    private final EntryQuery query;

    TopStories(EntryQuery query) {
        this.query = Objects.requireNonNull(query);
    }

    /** A chosen story: its rank and its reports from the feed's sources, oldest first. */
    record Chosen(EntryQuery.Ranked rank, List<StoredItem> reports) {
        Cursor cursor() {
            return new Cursor(rank.newest(), rank.storyId(), rank.outlets());
        }
    }

    record Page(List<Chosen> stories, boolean more) {
    }

    Page choose(List<String> sourceIds, Instant since, Cursor before, int limit, PhraseFilter filter) {
        List<Chosen> chosen = new ArrayList<>();
        EntryQuery.Ranked after = before == null ? null
                : new EntryQuery.Ranked(before.storyId(), before.outlets(), before.published());
        int batch = Math.max(limit + 1, 50);
        // Keyword filters run on the text, so read in batches until the page is full.
        while (true) {
            List<EntryQuery.Ranked> ranked = query.topStories(new EntryQuery.CoveragePage(sourceIds, since, after,
                    batch));
            Map<Long, List<StoredItem>> members = query.storyMembers(
                    ranked.stream().map(EntryQuery.Ranked::storyId).toList(), sourceIds);
            for (EntryQuery.Ranked rank : ranked) {
                List<StoredItem> reports = members.get(rank.storyId());
                if (reports == null || !filter.accepts(reports.get(0).item().title(), reports.get(0).item().summary())) {
                    continue;
                }
                if (chosen.size() == limit) {
                    return new Page(chosen, true);
                }
                chosen.add(new Chosen(rank, reports));
            }
            if (ranked.size() < batch) {
                return new Page(chosen, false);
            }
            after = ranked.get(ranked.size() - 1);
        }
    }
}
