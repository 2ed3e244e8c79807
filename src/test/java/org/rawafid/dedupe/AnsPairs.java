package org.rawafid.dedupe;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ANS headline pairs of {@code ../shared/fixtures/neardup/ans}, plus generated hard negatives. */
record AnsPairs(String s1, String s2, String stance) {
    static final Path DIR = Path.of("../shared/fixtures/neardup/ans");

    static List<AnsPairs> load(String split) throws IOException {
        List<AnsPairs> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(DIR.resolve(split + ".csv"), StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(in);
            records.next(); // header
            for (List<String> r = records.next(); r != null; r = records.next()) {
                out.add(new AnsPairs(r.get(0), r.get(1), r.get(2)));
            }
        }
        return out;
    }

    /**
     * Headlines of different rows that share at least two stemmed words (a name, a place):
     * unrelated stories that a careless matcher would merge.
     */
    static List<AnsPairs> hardNegatives(List<AnsPairs> pairs, ArabicNormalizer normalizer) {
        List<String> heads = pairs.stream().map(AnsPairs::s1).distinct().toList();
        List<Set<String>> tokens = heads.stream().map(h -> (Set<String>) new HashSet<>(normalizer.tokens(h))).toList();
        List<AnsPairs> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            for (int j = i + 1; j < heads.size(); j++) {
                Set<String> common = new HashSet<>(tokens.get(i));
                common.retainAll(tokens.get(j));
                if (common.size() >= 2) {
                    out.add(new AnsPairs(heads.get(i), heads.get(j), "other"));
                }
            }
        }
        return out;
    }
}
