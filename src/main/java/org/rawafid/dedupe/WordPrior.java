package org.rawafid.dedupe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Document frequencies counted once from a corpus of Arabic news headlines and shipped with the
 * jar ({@code dedupe/word-df.tsv}: the ANS train and dev headlines, nothing held out; regenerated
 * by {@code WordPriorResourceTest}), so the rare-word rule works from the first stored item
 * instead of waiting for a few hundred: combined with the stored counts as pseudo-documents
 * ({@link CorpusStats#plus}). A word the prior never saw and the store rarely holds — a person,
 * a team, a small town — weighs most. The file: a first line {@code #docs\tN}, then one
 * {@code word\tdf} per line, words as {@link Fingerprinter} tokens (stemmed).
 * Immutable, thread-safe.
 */
public final class WordPrior implements CorpusStats {
    static final String RESOURCE = "/dedupe/word-df.tsv";
    private static final WordPrior STANDARD = load();

    private final long documents;
    private final Map<String, Long> df;

    WordPrior(long documents, Map<String, Long> df) {
        if (documents < 0) {
            throw new IllegalArgumentException("documents: must be >= 0, was " + documents);
        }
        this.documents = documents;
        this.df = Map.copyOf(Objects.requireNonNull(df, "df"));
    }

    /** The prior shipped with the jar, read once. */
    public static WordPrior standard() {
        return STANDARD;
    }

    private static WordPrior load() {
        try (InputStream in = WordPrior.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DedupeException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    static WordPrior read(BufferedReader in) throws IOException {
        long docs = -1;
        Map<String, Long> df = new HashMap<>();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new DedupeException(RESOURCE + ":" + lineNo + ": expected word<TAB>count");
            }
            if (lineNo == 1) {
                if (!cols[0].equals("#docs")) {
                    throw new DedupeException(RESOURCE + ":1: expected #docs<TAB>count");
                }
                docs = Long.parseLong(cols[1]);
            } else {
                df.put(cols[0], Long.parseLong(cols[1]));
            }
        }
        return new WordPrior(Math.max(docs, 0), df);
    }

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public long frequency(String word) {
        Long n = df.get(word);
        return n == null ? 0 : n;
    }

    int size() {
        return df.size();
    }
}
