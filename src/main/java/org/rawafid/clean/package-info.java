/**
 * Cleaning: turns untrusted item and page HTML into safe, readable, right-to-left-aware HTML
 * plus plain text ({@link org.rawafid.clean.HtmlCleaner}), summaries ({@link org.rawafid.clean.Summarizer}),
 * clean titles ({@link org.rawafid.clean.TitleCleaner}) and full articles extracted from pages
 * ({@link org.rawafid.clean.ArticleExtractor}, {@link org.rawafid.clean.FullTextChooser}).
 *
 * <p>jsoup types never leave this package: the API takes and returns strings and records.
 * Every public class is immutable and safe to share between threads.
 */
package org.rawafid.clean;
