/**
 * Full-text search over the stored items (SPEC §4a).
 *
 * <p>{@link org.rawafid.search.QueryParser} turns what a reader typed into a
 * {@link org.rawafid.search.Query} (words ANDed, {@code "…"} phrases, {@code OR}, {@code -word}),
 * every word reduced by {@code dedupe}'s {@link org.rawafid.dedupe.ArabicNormalizer#searchTerms}
 * — the same function that fills the index, so hamza/alef forms, ى/ي, ة/ه, tashkeel, tatweel,
 * Arabic-Indic digits and leading clitics never matter on either side.
 * {@link org.rawafid.search.IndexWriter} keeps the index (table {@code item_text}, plus the
 * FTS5 table {@code item_fts} on SQLite or a GIN-indexed {@code tsvector} on PostgreSQL) in
 * step with {@code item}, inside the item's own write transaction.
 * {@link org.rawafid.search.QueryRunner} answers a query a page at a time, newest first, one
 * entry per story. {@link org.rawafid.search.SearchRepository} owns the SQL of both dialects.
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
