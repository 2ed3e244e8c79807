/**
 * Deduplication across outlets (SPEC §7) and Arabic keyword matching (SPEC §2).
 *
 * <p>{@link org.rawafid.dedupe.ArabicNormalizer} folds Arabic spelling variants and
 * stems words, shared by the story matcher, the keyword filter and search.
 * {@link org.rawafid.dedupe.CanonicalLink} strips tracking noise from URLs.
 * {@link org.rawafid.dedupe.StoryIndex} is the entry point of the stage: it assigns
 * each new item to a story before it is inserted, finding candidates through MinHash/LSH
 * band hashes held in memory for the active window ({@code StoryWindow}, rebuilt at start
 * from each item's stored signature, {@code item.story_signature}, migration V8) and
 * confirming them with
 * {@link org.rawafid.dedupe.StoryMatcher}. {@link org.rawafid.dedupe.PairJudge} and
 * {@link org.rawafid.dedupe.PairsCsv} expose the same decision to the command line.
 *
 * <p>What the matcher knows about a text besides its words (issue 15):
 * {@link org.rawafid.dedupe.Gazetteer} (places, from {@code dedupe/places.tsv}),
 * {@code NumberWords} (Arabic number words as digits), {@code RootStemmer} (ISRI-style roots,
 * for matching only) and {@link org.rawafid.dedupe.WordFrequencies} (document frequencies of
 * stored items' words, table {@code word_df}, migration V6), to which every comparison adds
 * {@link org.rawafid.dedupe.WordPrior} (the same counts over the ANS train+dev headlines,
 * {@code dedupe/word-df.tsv}), so names tell apart from the first item;
 * {@link org.rawafid.dedupe.MarketLexicon} (commodities, currencies, indices, from
 * {@code dedupe/markets.tsv}). Each rule that can block a merge
 * names itself in {@link org.rawafid.dedupe.Comparison#reason}.
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
