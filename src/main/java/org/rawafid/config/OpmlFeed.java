package org.rawafid.config;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One feed found in an OPML file, before it is given an id. */
record OpmlFeed(String title, URI url, List<String> tags) {
    OpmlFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        tags = List.copyOf(tags);
    }

    /** The same feed listed in another folder too: keep the first title, gather the tags. */
    OpmlFeed withTagsOf(OpmlFeed other) {
        Set<String> all = new LinkedHashSet<>(tags);
        all.addAll(other.tags);
        return new OpmlFeed(title, url, List.copyOf(all));
    }
}
