package org.rawafid.store;

import org.rawafid.model.Item;

/**
 * Told of every item {@link ItemRepository} stores or changes, inside the same write
 * transaction, so an index of the items (search) can never drift from them. Removal needs no
 * call: index rows reference the item with {@code ON DELETE CASCADE}.
 */
@FunctionalInterface
public interface ItemIndex {
    /** Keeps no index. */
    ItemIndex NONE = (id, item) -> { };

    /** Indexes (or re-indexes) the stored item {@code id}. */
    void put(long id, Item item);
}
