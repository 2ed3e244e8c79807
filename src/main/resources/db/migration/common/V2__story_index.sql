-- Same-story candidate index (dedupe.StoryIndex). Each item's fingerprint is cut into LSH
-- bands (dedupe.Fingerprinter); two items sharing a band hash are candidates.
CREATE TABLE story_band (
    item_id              BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    band                 SMALLINT NOT NULL,     -- band number, 0 .. Fingerprinter.BANDS - 1
    band_hash            BIGINT NOT NULL,       -- band number mixed in: equal hash = same band
    published_day        INTEGER NOT NULL,      -- published_at / 86400000 (UTC day number)
    published_at         BIGINT NOT NULL,       -- copy of item.published_at, to bound the window
    PRIMARY KEY (item_id, band)
);
-- Day first: a lookup seeks (day, hash) for the few days of its 48 h window and each band,
-- so it only ever touches the index pages of recent days. The pages it reads (and the
-- inserts, always for recent days) stay cached however many older items are stored, and
-- the cost per new item does not grow with the table (SPEC §7). Covering: no table reads.
CREATE INDEX story_band_lookup ON story_band (published_day, band_hash, published_at, item_id);
