/**
 * Full-text search over the stored items (SPEC §4a).
 *
 * <p>{@link org.rawafid.search.QueryParser} turns what a reader typed into a
 * {@link org.rawafid.search.Query} (words ANDed, {@code "…"} phrases, {@code OR}, {@code -word}),
 * every word reduced by {@code dedupe}'s {@link org.rawafid.dedupe.ArabicNormalizer#searchTerms}
 * — the same function that fills the index, so hamza/alef forms, ى/ي, ة/ه, tashkeel, tatweel,
 * Arabic-Indic digits and leading clitics never matter on either side.
 * {@link org.rawafid.search.IndexWriter} keeps the index in step with {@code item}: the terms
 * are computed before the write transaction ({@code ItemIndex.entry}) and stored inside the
 * item's own one. On SQLite a contentless FTS5 table {@code item_terms} whose rowid is a sort key
 * following publication time, computed from the item's row: its publication minute and its id
 * (migrations V7, V12; the terms of a transaction's items go in together just before it commits,
 * migration V9); on
 * PostgreSQL a GIN-indexed {@code tsvector} in {@code item_text}.
 * {@link org.rawafid.search.QueryRunner} answers a query a page at a time, newest first, one
 * entry per story, reading time windows of the newest items first until the page is full. {@link org.rawafid.search.SearchRepository} owns the SQL of both dialects.
 *
 * <p>Wiring (thread-safe, build once):
 * <pre>{@code
 * QueryParser parser = new QueryParser(normalizer);
 * SearchRepository repository = new SearchRepository(database);
 * ItemRepository items = new ItemRepository(database.jdbc(), new IndexWriter(repository, normalizer));
 * QueryRunner runner = new QueryRunner(repository);
 * }</pre>
 */
package org.rawafid.search;
