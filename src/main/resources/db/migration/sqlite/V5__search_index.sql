-- Search index (SPEC §4a, package search). item_text holds each item's search terms: its title,
-- summary and text, normalised and stemmed in Java by dedupe.ArabicNormalizer (SQL cannot), as
-- space-separated terms. item_fts is an FTS5 external-content table over it, kept in step by the
-- triggers below; item_text rows go with their item (ON DELETE CASCADE, which fires the delete
-- trigger), so pruned items leave the index. Items stored before this migration are indexed at
-- the next start (search.IndexWriter.catchUp), in batches.
CREATE TABLE item_text (
    item_id              INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    terms                TEXT NOT NULL
);
CREATE VIRTUAL TABLE item_fts USING fts5(terms, content='item_text', content_rowid='item_id',
    tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER item_text_inserted AFTER INSERT ON item_text BEGIN
    INSERT INTO item_fts (rowid, terms) VALUES (new.item_id, new.terms);
END;
CREATE TRIGGER item_text_deleted AFTER DELETE ON item_text BEGIN
    INSERT INTO item_fts (item_fts, rowid, terms) VALUES ('delete', old.item_id, old.terms);
END;
CREATE TRIGGER item_text_updated AFTER UPDATE ON item_text BEGIN
    INSERT INTO item_fts (item_fts, rowid, terms) VALUES ('delete', old.item_id, old.terms);
    INSERT INTO item_fts (rowid, terms) VALUES (new.item_id, new.terms);
END;

-- The items this migration found, to be indexed at the next start (search.IndexWriter.catchUp):
-- ids next_id..last_id, next_id advancing batch by batch, so a later start checks one row
-- instead of probing every item. Items stored from now on are indexed as they are written.
CREATE TABLE search_backlog (
    next_id              BIGINT NOT NULL,
    last_id              BIGINT NOT NULL
);
INSERT INTO search_backlog (next_id, last_id) SELECT COALESCE(MIN(id), 1), COALESCE(MAX(id), 0) FROM item;
