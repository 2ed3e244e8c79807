-- Document frequencies of the words of stored items (dedupe.WordFrequencies), for story
-- matching: a rare word that only one of two reports has (a name, a place) weighs against
-- merging them. Counted once per item when its story is assigned, never decremented (pruning
-- removes old items, but an IDF is a ratio of counts that grow together).
CREATE TABLE word_df (
    word                 TEXT PRIMARY KEY,      -- stemmed token (ArabicNormalizer.tokens)
    df                   BIGINT NOT NULL        -- number of items whose text contains it
);
CREATE TABLE word_corpus (
    id                   SMALLINT PRIMARY KEY,  -- always 1
    docs                 BIGINT NOT NULL        -- number of items counted
);
INSERT INTO word_corpus (id, docs) VALUES (1, 0);
