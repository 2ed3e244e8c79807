-- Search index, fourth form (issue 16: distinct words must not meet, clitics must never matter).
-- dedupe.ArabicNormalizer.searchStem changed: clitic letters and suffixes are stripped while
-- three letters remain (a clitic on a three-letter word was kept, so غزة did not find بغزة; a
-- suffix was stripped down to two letters, so لبنان met بن and البحرين met الحرية), and a
-- one-word place name and its nisba forms are one term (لبنان, اللبنانية). The stored terms are
-- rebuilt from the items: the backlog is set to every item, and search.IndexWriter.catchUp
-- indexes them again at the next start, before anything is served (each put replaces the
-- item's old terms on both databases).
UPDATE search_backlog SET next_id = (SELECT COALESCE(MIN(id), 1) FROM item),
                          last_id = (SELECT COALESCE(MAX(id), 0) FROM item);
