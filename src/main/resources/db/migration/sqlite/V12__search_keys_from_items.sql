-- Search index, sixth form (issue 16: what the index adds inside the write transaction).
-- An item's FTS5 rowid (its sort key, migration V7) is no longer looked up in item_search but
-- computed from the item's own row: its publication minute (published_at / 60000, clamped to
-- 0..2^27-1) shifted left 36 bits, plus its id (ids stay below 2^36). Keys still follow
-- publication time, so a time window of the newest items is still a rowid range, and a key
-- gives its item's id (key & (2^36 - 1)) without a join. Giving an item its key took one
-- statement per item inside the write lock (an insert into item_search: two B-trees, a
-- foreign-key check and a look-up of the minute's last slot) and the commit wrote those
-- B-trees' pages; search.SearchRepository now computes the key and writes only the terms.
--
-- The terms under the old keys cannot be moved (the table is contentless), so the index is
-- rebuilt from the items: the backlog is set to every item and search.IndexWriter.catchUp
-- indexes them at the next start, before anything is served, as after migrations V9 and V10.
DROP TRIGGER item_search_deleted;
DROP TRIGGER item_search_moved;
DROP TABLE item_search;
DROP TABLE item_terms;

CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');
INSERT INTO item_terms (item_terms, rank) VALUES ('automerge', 16);

-- An item goes (pruning): its terms go. Its publication time moves to another minute (its text
-- changed): the terms under its old key go; search.SearchRepository puts the new ones under the
-- new key. (Within the same minute the key stays, and the new terms replace the old.)
CREATE TRIGGER item_terms_deleted AFTER DELETE ON item BEGIN
    DELETE FROM item_terms WHERE rowid = (max(0, min(old.published_at / 60000, 134217727)) << 36) | old.id;
END;
CREATE TRIGGER item_terms_moved AFTER UPDATE OF published_at ON item
WHEN max(0, min(old.published_at / 60000, 134217727)) <> max(0, min(new.published_at / 60000, 134217727)) BEGIN
    DELETE FROM item_terms WHERE rowid = (max(0, min(old.published_at / 60000, 134217727)) << 36) | old.id;
END;

UPDATE search_backlog SET next_id = (SELECT COALESCE(MIN(id), 1) FROM item),
                          last_id = (SELECT COALESCE(MAX(id), 0) FROM item);
