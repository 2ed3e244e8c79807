-- Search index, second form (issue 16: a common word's first page must not sort every hit).
-- The FTS5 rowid of an item is now its sort key: published_at (ms, clamped to 0..2^43-1) shifted
-- left 20 bits, plus a slot numbering the items of one millisecond. Key order is publication
-- order, so a time window of the newest items is a rowid range FTS5 seeks straight to
-- (search.SearchRepository reads windows newest first until a page is full).
--
-- item_search maps an item to its key (rows go with their item: ON DELETE CASCADE, whose delete
-- trigger removes the terms, so pruned items leave the index). item_terms is a contentless FTS5
-- table (contentless_delete=1): the terms are no longer stored twice (item_text held them as
-- external content), which halves the index and its writes. Terms are still computed in Java
-- (search.Terms) and inserted by search.SearchRepository.
CREATE TABLE item_search (
    item_id              INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    sort_key             INTEGER NOT NULL UNIQUE
);
INSERT INTO item_search (item_id, sort_key)
SELECT item_id, (ms << 20) + row_number() OVER (PARTITION BY ms ORDER BY item_id) - 1
FROM (SELECT t.item_id, max(0, min(i.published_at, 8796093022207)) AS ms
      FROM item_text t JOIN item i ON i.id = t.item_id);

CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 0');
INSERT INTO item_terms (rowid, terms)
SELECT s.sort_key, t.terms FROM item_search s JOIN item_text t ON t.item_id = s.item_id;

DROP TRIGGER item_text_inserted;
DROP TRIGGER item_text_deleted;
DROP TRIGGER item_text_updated;
DROP TABLE item_fts;
DROP TABLE item_text;

CREATE TRIGGER item_search_deleted AFTER DELETE ON item_search BEGIN
    DELETE FROM item_terms WHERE rowid = old.sort_key;
END;

-- What search.SearchRepository inserts into: (item_id, terms), one statement per item; the
-- trigger replaces the item's old terms, gives it the next free key of its publication
-- millisecond (SearchRepository.key computes the same first key of a millisecond) and indexes it.
CREATE VIEW item_index (item_id, terms) AS SELECT item_id, NULL FROM item_search;
CREATE TRIGGER item_index_put INSTEAD OF INSERT ON item_index BEGIN
    DELETE FROM item_search WHERE item_id = new.item_id;
    INSERT INTO item_search (item_id, sort_key)
    SELECT new.item_id, COALESCE((SELECT max(sort_key) + 1 FROM item_search
                                  WHERE sort_key BETWEEN k.base AND k.base + 1048575), k.base)
    FROM (SELECT max(0, min(published_at, 8796093022207)) << 20 AS base FROM item WHERE id = new.item_id) k;
    INSERT INTO item_terms (rowid, terms) SELECT sort_key, new.terms FROM item_search WHERE item_id = new.item_id;
END;
