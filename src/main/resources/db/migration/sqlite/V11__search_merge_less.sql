-- Search index, fifth form (issue 16: what the index adds inside the write transaction).
-- FTS5 writes each transaction's terms as a new segment and merges segments as they pile up: with
-- its default automerge of 4, once four segments of a level exist they are merged into one of the
-- next level, so every term is rewritten once per level. At 16 a level takes sixteen segments
-- before they are merged: fewer levels, each term rewritten fewer times (bench/FtsWriteCost.java:
-- the index's CPU per item in the write transaction about a quarter less at 30-300 items per
-- transaction). The setting is stored with the table (its config shadow table) and changes only
-- how segments are merged, never what a query finds, so nothing is rebuilt.
INSERT INTO item_terms (item_terms, rank) VALUES ('automerge', 16);
