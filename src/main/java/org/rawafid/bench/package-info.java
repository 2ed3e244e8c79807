/**
 * Throughput benchmarks behind {@code rawafid bench}: a deterministic synthetic corpus
 * ({@link org.rawafid.bench.CorpusGenerator}, a port of {@code shared/bench/gen_corpus.py}),
 * an in-process feed server with ETags and latency ({@link org.rawafid.bench.FeedServer}),
 * and the two measured runs: the real scheduler and pipeline ({@link org.rawafid.bench.IngestBench})
 * and Rome alone over the same bodies ({@link org.rawafid.bench.ParseOnlyBench}), so the
 * pipeline's overhead is a ratio taken on one machine at one moment.
 *
 * <p>Not used by the service; it only measures it.
 */
package org.rawafid.bench;
