-- Rawafid schema, version 1. Plain SQL; times are epoch milliseconds (BIGINT) so no
-- dialect's date type leaks in. Ids are SQLite rowid aliases (INTEGER PRIMARY KEY),
-- read back with INSERT ... RETURNING id, which PostgreSQL also has; a PostgreSQL
-- variant of this file only needs identity columns there.

-- What we know about each configured source between polls: conditional-GET
-- validators, schedule state and health shown on "/".
CREATE TABLE source_state (
    source_id            VARCHAR(64) PRIMARY KEY,
    url                  TEXT,          -- URL polled now (a 301/308 replaces the configured one)
    configured_url       TEXT,          -- the feeds.yml URL the moved-to URL was learnt for
    etag                 TEXT,
    last_modified        TEXT,
    feed_title           TEXT,
    site_url             TEXT,
    language             VARCHAR(16),
    last_fetch_at        BIGINT,
    last_success_at      BIGINT,
    outcome              VARCHAR(32),   -- fetched | not-modified | moved | gone | rate-limited | failed
    http_status          INTEGER,
    last_error           TEXT,
    failures             INTEGER NOT NULL DEFAULT 0,
    next_fetch_at        BIGINT,
    declared_charset     VARCHAR(64),
    used_charset         VARCHAR(64),
    disabled_reason      TEXT
);

-- One row per story: a set of items from one or more outlets about one event.
-- guid is minted once from the first report and never changes (SPEC §8).
CREATE TABLE story (
    id                   INTEGER PRIMARY KEY,
    guid                 VARCHAR(128) NOT NULL UNIQUE,
    first_item_id        BIGINT NOT NULL,
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);

-- One row per item per source. item_key is the dedup key (guid, else canonical link):
-- the same key from the same source is updated in place, never added twice.
CREATE TABLE item (
    id                   INTEGER PRIMARY KEY,
    source_id            VARCHAR(64) NOT NULL,
    item_key             TEXT NOT NULL,
    guid                 TEXT,
    link                 TEXT,
    canonical_link       TEXT,
    title                TEXT NOT NULL,
    content_html         TEXT NOT NULL,
    summary              TEXT NOT NULL,
    author               TEXT,
    image_url            TEXT,
    categories           TEXT NOT NULL,          -- tab-separated
    published_at         BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL,
    first_seen_at        BIGINT NOT NULL,
    content_hash         VARCHAR(64) NOT NULL,
    story_id             BIGINT REFERENCES story (id),
    UNIQUE (source_id, item_key)
);
CREATE INDEX item_published ON item (published_at);
CREATE INDEX item_source_published ON item (source_id, published_at);
CREATE INDEX item_story ON item (story_id);
CREATE INDEX item_canonical ON item (canonical_link);
