package org.rawafid.store;

import org.rawafid.model.Item;

/**
 * Told of every item {@link ItemRepository} stores or changes, inside the same write
 * transaction, so an index of the items (search) can never drift from them. Removal needs no
 * call: the index's own schema removes an item's rows with it (a trigger on {@code item}, or
 * {@code ON DELETE CASCADE}).
 *
 * <p>Two steps, so the costly one runs outside the write lock: {@link #entry} turns an item into
 * what the index stores (pure, thread-safe: callers take it before the write transaction, as the
 * refresher does), {@link #put} stores it (inside the transaction, cheap).
 */
public interface ItemIndex {
    /** What the index stores for one item, computed by {@link #entry}; opaque to everyone else. */
    record Entry(String terms) {
    }

    /** Keeps no index. */
    ItemIndex NONE = new ItemIndex() {
        private static final Entry EMPTY = new Entry("");

        @Override
        public Entry entry(Item item) {
            return EMPTY;
        }

        @Override
        public void put(long id, Entry entry) {
        }
    };

    /** The index's entry for {@code item}: pure and thread-safe, for use before the write transaction. */
    Entry entry(Item item);

    /**
     * {@link #entry}, given {@code text}: the plain text of {@code item.contentHtml()} as the cleaner
     * rendered it ({@link org.rawafid.clean.CleanHtml#text()}), so the index need not parse the HTML
     * again; null: taken from the HTML.
     */
    default Entry entry(Item item, String text) {
        return entry(item);
    }

    /** Indexes (or re-indexes) the stored item {@code id} with an entry {@link #entry} made. */
    void put(long id, Entry entry);

    /** Indexes (or re-indexes) the stored item {@code id}, computing its entry here. */
    default void put(long id, Item item) {
        put(id, entry(item));
    }
}
