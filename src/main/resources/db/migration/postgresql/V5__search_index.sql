-- Search index (SPEC §4a, package search): the same terms as SQLite's item_text (normalised and
-- stemmed in Java by dedupe.ArabicNormalizer), stored as a tsvector with positions built by
-- search.SearchRepository (no text-search parser or dictionary in between, so both databases
-- see the very same terms), GIN-indexed. Rows go with their item, so pruned items leave the index.
-- Items stored before this migration are indexed at the next start (search.IndexWriter.catchUp).
CREATE TABLE item_text (
    item_id              BIGINT PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    terms                tsvector NOT NULL
);
CREATE INDEX item_text_terms ON item_text USING GIN (terms);

-- The items this migration found, to be indexed at the next start (search.IndexWriter.catchUp):
-- ids next_id..last_id, next_id advancing batch by batch, so a later start checks one row
-- instead of probing every item. Items stored from now on are indexed as they are written.
CREATE TABLE search_backlog (
    next_id              BIGINT NOT NULL,
    last_id              BIGINT NOT NULL
);
INSERT INTO search_backlog (next_id, last_id) SELECT COALESCE(MIN(id), 1), COALESCE(MAX(id), 0) FROM item;
