-- Same-story candidate index (dedupe.StoryIndex). Each item's fingerprint is cut into LSH
-- bands (dedupe.Fingerprinter); two items sharing a band hash are candidates. Looking up a
-- new item's band hashes within its 48 h window is an index range scan per band, so the
-- cost does not depend on how many items are stored (SPEC §7).
CREATE TABLE story_band (
    item_id              BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    band                 SMALLINT NOT NULL,     -- band number, 0 .. Fingerprinter.BANDS - 1
    band_hash            BIGINT NOT NULL,       -- band number mixed in: equal hash = same band
    published_at         BIGINT NOT NULL,       -- copy of item.published_at, to bound the window
    PRIMARY KEY (item_id, band)
);
-- Covering index: candidate lookup never touches the table rows.
CREATE INDEX story_band_lookup ON story_band (band_hash, published_at, item_id);
