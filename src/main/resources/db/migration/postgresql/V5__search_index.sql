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
