-- The story index lives in memory now (dedupe.StoryIndex): it decides an item's story before the
-- item is inserted and keeps the LSH band hashes of the active window itself. It is rebuilt at
-- start from a compact signature stored on each item row, so the per-item band table and its two
-- indexes (24 rows and ~75 B-tree writes per new item) go.
--   story_signature    the item's LSH band hashes: Fingerprinter.BANDS big-endian 64-bit values
--   signature_version  Fingerprinter.SIGNATURE_VERSION when it was computed; a row whose version
--                      differs (or is NULL: items stored before this migration) is recomputed from
--                      title + summary and written back when the index loads it.
ALTER TABLE item ADD COLUMN story_signature BYTEA;
ALTER TABLE item ADD COLUMN signature_version INTEGER;
DROP TABLE story_band;
