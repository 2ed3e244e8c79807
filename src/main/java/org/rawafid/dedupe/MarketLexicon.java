package org.rawafid.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the markets a text names — commodities (الذهب، النفط، القمح), currencies (الدولار،
 * اليورو، البيتكوين), indices and instruments (داو جونز، الأسهم) — read from
 * {@code /dedupe/markets.tsv}: one market a line, its name then its other forms. Price twins
 * ("ارتفاع أسعار الذهب" vs "ارتفاع أسعار النفط") differ in words too common for the rare-word
 * rules, so they are named here, like places in {@link Gazetteer}. Matched on the stemmed tokens
 * {@link ArabicNormalizer#tokens} makes, so clitics and case endings don't matter; a form of two
 * words matches as a sequence. Immutable, thread-safe.
 */
public final class MarketLexicon {
    static final String RESOURCE = "/dedupe/markets.tsv";
    private static final MarketLexicon STANDARD = new MarketLexicon(new ArabicNormalizer());

    /** First stemmed word of a form → (the form's stemmed words, its market), longest first. */
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    private final int size;

    private record Form(List<String> words, String market) {
    }

    public MarketLexicon(ArabicNormalizer normalizer) {
        Objects.requireNonNull(normalizer, "normalizer");
        int[] markets = {0};
        DataLines.read(RESOURCE, (line, lineNo) -> {
            String[] forms = line.split("\t");
            for (String form : forms) {
                List<String> words = normalizer.tokens(form);
                if (words.isEmpty()) {
                    throw new DedupeException(RESOURCE + ":" + lineNo + ": form '" + form + "' has no words");
                }
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Form(words, forms[0]));
            }
            markets[0]++;
        });
        byFirstWord.values().forEach(l -> l.sort((x, y) -> y.words().size() - x.words().size()));
        size = markets[0];
    }

    /** The lexicon shipped with the jar, read once. */
    public static MarketLexicon standard() {
        return STANDARD;
    }

    /** The markets (by name) these stemmed tokens name, in order of first mention. */
    public Set<String> markets(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Form> forms = byFirstWord.get(tokens.get(i));
            if (forms == null) {
                continue;
            }
            for (Form f : forms) {
                int n = f.words().size();
                if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(f.words())) {
                    out.add(f.market());
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    int size() {
        return size;
    }
}
