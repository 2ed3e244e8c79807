-- Search index, third form (issue 16: what the index adds to an item's write transaction).
--
-- 1. item_terms uses FTS5's 'ascii' tokenizer instead of 'unicode61': the terms are already
--    tokens (search.Terms: letters and digits, lower-cased, one space between them), so each
--    space-separated term is one token, as it is one lexeme on PostgreSQL; unicode61 spent about
--    half of FTS5's time per item classifying and case-folding every Arabic character again.
-- 2. The insert into item_terms is no longer made by a trigger per item: search.SearchRepository
--    gives the item its key here (item_search, one statement per item) and inserts the terms of
--    all the transaction's items just before it commits, in key order. FTS5 writes its pending
--    terms out as a new segment whenever a statement that opens a statement journal runs after
--    them (the item inserts between index inserts did, once per item): one segment per item,
--    merged again and again, cost two thirds of the index's time in the write transaction.
--
-- The terms are not stored (contentless table), so the index is rebuilt from the items: the
-- backlog is set to every item and search.IndexWriter.catchUp indexes them at the next start,
-- before anything is served, as it did after migration V5.
DROP TRIGGER item_index_put;
DROP VIEW item_index;
DROP TRIGGER item_search_deleted;
DELETE FROM item_search;
DROP TABLE item_terms;

CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');

-- An item's row goes (pruning, ON DELETE CASCADE) or moves to a new key (its text changed): its
-- terms under the old key go. The new key's terms are inserted before commit.
CREATE TRIGGER item_search_deleted AFTER DELETE ON item_search BEGIN
    DELETE FROM item_terms WHERE rowid = old.sort_key;
END;
CREATE TRIGGER item_search_moved AFTER UPDATE OF sort_key ON item_search BEGIN
    DELETE FROM item_terms WHERE rowid = old.sort_key;
END;

UPDATE search_backlog SET next_id = (SELECT COALESCE(MIN(id), 1) FROM item),
                          last_id = (SELECT COALESCE(MAX(id), 0) FROM item);
