package org.rawafid.publish;

import org.rawafid.config.Config;
import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.rawafid.store.EntryQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a story's page from the store: every report of the story from any source, oldest first,
 * the first marked, and what differs between them marked by {@link StoryDifferences}.
 */
public final class StoryAssembler {
    private final EntryQuery query;
    private final FeedAssembler outlets;
    private final StoryDifferences differences;

    public StoryAssembler(EntryQuery query, FeedAssembler outlets, StoryDifferences differences) {
        this.query = Objects.requireNonNull(query, "query");
        this.outlets = Objects.requireNonNull(outlets, "outlets");
        this.differences = Objects.requireNonNull(differences, "differences");
    }

    /** The story with this key, or empty when the key is malformed or names no stored story. */
    public Optional<StoryView> story(Config config, String key) {
        Objects.requireNonNull(config, "config");
        Optional<String> guid = StoryKey.guidOf(key);
        if (guid.isEmpty()) {
            return Optional.empty();
        }
        List<StoredItem> rows = query.storyReports(guid.get());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Outlet> known = new HashMap<>(outlets.outlets(config, config.sources()));
        List<StoryDifferences.Report> texts = rows.stream()
                .map(r -> new StoryDifferences.Report(r.item().title(), r.item().summary())).toList();
        List<StoryDifferences.Marked> marked = differences.mark(texts);
        List<StoryView.Report> reports = new ArrayList<>(rows.size());
        Instant updated = Instant.EPOCH;
        for (int i = 0; i < rows.size(); i++) {
            Item item = rows.get(i).item();
            // A source since removed from feeds.yml keeps its reports, credited by its id.
            Outlet outlet = known.computeIfAbsent(item.sourceId(), id -> new Outlet(id, id, null, ""));
            reports.add(new StoryView.Report(outlet, item.published(), item.link(), i == 0, marked.get(i).title(),
                    marked.get(i).lead()));
            updated = item.updated().isAfter(updated) ? item.updated() : updated;
        }
        return Optional.of(new StoryView(guid.get(), config.service().base(), updated, reports));
    }
}
