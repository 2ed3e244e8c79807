/**
 * Deduplication across outlets (SPEC §7) and Arabic keyword matching (SPEC §2).
 *
 * <p>{@link org.rawafid.dedupe.ArabicNormalizer} folds Arabic spelling variants and
 * stems words, shared by the story matcher, the keyword filter and search.
 * {@link org.rawafid.dedupe.CanonicalLink} strips tracking noise from URLs.
 * {@link org.rawafid.dedupe.StoryIndex} is the entry point of the stage: it assigns
 * each new item to a story, finding candidates through MinHash/LSH band hashes stored
 * in SQLite ({@code story_band}, migration V2) and confirming them with
 * {@link org.rawafid.dedupe.StoryMatcher}. {@link org.rawafid.dedupe.PairJudge} and
 * {@link org.rawafid.dedupe.PairsCsv} expose the same decision to the command line.
 *
 * <p>Wiring (all thread-safe, build once):
 * <pre>{@code
 * ArabicNormalizer normalizer = new ArabicNormalizer();
 * Fingerprinter fingerprinter = new Fingerprinter(normalizer);
 * StoryMatcher matcher = new StoryMatcher(fingerprinter);
 * StoryIndex stories = new StoryIndex(database.jdbc(), fingerprinter, matcher, InstantSource.system());
 * PairsCsv pairs = new PairsCsv(new PairJudge(fingerprinter, matcher));
 * PhraseFilter filter = new PhraseFilter(feed.include(), feed.exclude(), normalizer);
 * }</pre>
 */
package org.rawafid.dedupe;
