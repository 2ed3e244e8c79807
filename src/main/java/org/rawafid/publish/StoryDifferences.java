package org.rawafid.publish;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.CorpusStats;
import org.rawafid.dedupe.Gazetteer;
import org.rawafid.dedupe.WordPrior;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what differs between the reports of one story (SPEC §8a): in each report's title and
 * lead, the words whose normalised stem some other report of the story does not have — a number
 * ({@code 3} vs {@code ٤}), a place ({@code حلب} vs {@code الموصل}), a name. Words are compared
 * through {@link ArabicNormalizer#tokens}, so spelling variants, clitics and Arabic-Indic digits
 * never count as a difference. What is worth marking is decided by how common a word is, not by a
 * list: a place the {@link Gazetteer} knows always is (مصر is common and still the fact), a word
 * found in more than one document in {@link #COMMON} of the word counts (the shipped
 * {@link WordPrior} plus the stored items' counts, when given) never is — اليوم، جديد، قال say
 * nothing about how an outlet told the story. Words no headline corpus counts (the prepositions,
 * pronouns and auxiliary verbs of leads: {@code publish/function-words.txt}) stay unmarked too:
 * headline counts can't tell them from names. A story of one report has no differences.
 *
 * <p>Words are found by a linear scan (no regular expression meets the feed's text). Thread-safe.
 */
public final class StoryDifferences {
    private static final String FUNCTION_WORDS = "/publish/function-words.txt";

    /** A word in more than one document in this many is common: never a difference worth marking. */
    static final long COMMON = 40;

    private final ArabicNormalizer normalizer;
    private final Set<String> functionWords;
    private final CorpusStats stats;
    private final Gazetteer gazetteer;

    /** Word counts of the shipped prior only. */
    public StoryDifferences(ArabicNormalizer normalizer) {
        this(normalizer, CorpusStats.NONE);
    }

    /** {@code stored}: the stored items' word counts, added to the shipped prior. */
    public StoryDifferences(ArabicNormalizer normalizer, CorpusStats stored) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.functionWords = Set.copyOf(stems(normalizer));
        this.stats = Objects.requireNonNull(stored, "stored").plus(WordPrior.standard());
        this.gazetteer = new Gazetteer(normalizer);
    }

    private static Set<String> stems(ArabicNormalizer normalizer) {
        Set<String> stems = new HashSet<>();
        try (InputStream in = StoryDifferences.class.getResourceAsStream(FUNCTION_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FUNCTION_WORDS);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(word -> stems.addAll(normalizer.tokens(word)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** One report's title and lead, with the words that differ from the others marked. */
    public record Marked(MarkedText title, MarkedText lead) {
    }

    /** One report's title and lead as published. */
    public record Report(String title, String lead) {
        public Report {
            Objects.requireNonNull(title, "title");
            lead = lead == null ? "" : lead;
        }
    }

    /** Each report, in the given order, with its differing words marked. */
    public List<Marked> mark(List<Report> reports) {
        Objects.requireNonNull(reports, "reports");
        List<Stems> stems = new ArrayList<>(reports.size());
        Set<String> places = new HashSet<>();
        for (Report r : reports) {
            String normalized = normalizer.normalize(r.title() + " " + r.lead());
            stems.add(stems(normalizer.tokens(normalized)));
            gazetteer.places(normalized).forEach(p -> places.addAll(normalizer.tokens(p.form())));
        }
        Set<String> notInAll = notInAll(stems, places);
        // Reports of one story repeat most of their words: normalise each distinct word once.
        Map<String, List<String>> wordStems = new HashMap<>();
        List<Marked> marked = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Set<String> differing = new HashSet<>(stems.get(i).all());
            differing.retainAll(notInAll);
            marked.add(new Marked(mark(reports.get(i).title(), differing, wordStems),
                    mark(reports.get(i).lead(), differing, wordStems)));
        }
        return marked;
    }

    /**
     * A report's stems, and each stem without the clitic letter the stemmer kept ({@code لسعر} →
     * {@code سعر}), so that "the same word" ({@link ArabicNormalizer#sameWord}) is three set lookups
     * rather than a scan: a story of many reports stays linear in its words.
     */
    private record Stems(Set<String> all, Set<String> reduced) {
    }

    private Stems stems(List<String> tokens) {
        Set<String> all = new HashSet<>(tokens);
        Set<String> reduced = new HashSet<>();
        for (String stem : all) {
            String r = reduced(stem);
            if (r != null) {
                reduced.add(r);
            }
        }
        return new Stems(all, reduced);
    }

    /** {@code stem} without its first letter when that letter is a clitic the stemmer kept, else null. */
    private String reduced(String stem) {
        String rest = stem.substring(1);
        return !rest.isEmpty() && normalizer.sameWord(stem, rest) ? rest : null;
    }

    /** The stems worth marking that at least one report lacks; each distinct stem is looked up once per report. */
    private Set<String> notInAll(List<Stems> stems, Set<String> places) {
        Set<String> distinct = new HashSet<>();
        stems.forEach(s -> distinct.addAll(s.all()));
        Set<String> notInAll = new HashSet<>();
        for (String stem : distinct) {
            if (isWorthMarking(stem, places) && !stems.stream().allMatch(s -> has(s, stem))) {
                notInAll.add(stem);
            }
        }
        return notInAll;
    }

    /** Whether {@code stems} has the same word as {@code stem}: equal, or equal but for one clitic letter. */
    private boolean has(Stems stems, String stem) {
        String reduced = reduced(stem);
        return stems.all().contains(stem) || stems.reduced().contains(stem)
                || reduced != null && stems.all().contains(reduced);
    }

    /**
     * Any number; a place; a word of at least two letters (a lone letter left by the stemmer
     * says nothing) that is not common ({@link #COMMON}) nor a function word.
     */
    private boolean isWorthMarking(String stem, Set<String> places) {
        if (Character.isDigit(stem.charAt(0))) {
            return true;
        }
        if (stem.length() < 2 || functionWords.contains(stem)) {
            return false;
        }
        return places.contains(stem) || stats.frequency(stem) * COMMON <= stats.documents();
    }

    /** {@code text} split at white space, each word marked when one of its stems differs. */
    private MarkedText mark(String text, Set<String> differing, Map<String, List<String>> wordStems) {
        List<MarkedText.Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean space = Character.isWhitespace(text.charAt(i));
            while (i < text.length() && Character.isWhitespace(text.charAt(i)) == space) {
                i++;
            }
            String piece = text.substring(start, i);
            if (space || differing.isEmpty() || !differs(piece, differing, wordStems)) {
                plain.append(piece);
                continue;
            }
            // Punctuation around the word ("حلب،") stays outside the mark.
            int from = 0;
            int to = piece.length();
            while (from < to && !Character.isLetterOrDigit(piece.charAt(from))) {
                from++;
            }
            while (to > from && !Character.isLetterOrDigit(piece.charAt(to - 1))) {
                to--;
            }
            plain.append(piece, 0, from);
            flush(plain, runs);
            runs.add(new MarkedText.Run(piece.substring(from, to), true));
            plain.append(piece, to, piece.length());
        }
        flush(plain, runs);
        return new MarkedText(runs);
    }

    private boolean differs(String word, Set<String> differing, Map<String, List<String>> wordStems) {
        for (String stem : wordStems.computeIfAbsent(word, normalizer::tokens)) {
            if (differing.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder plain, List<MarkedText.Run> runs) {
        if (!plain.isEmpty()) {
            runs.add(new MarkedText.Run(plain.toString(), false));
            plain.setLength(0);
        }
    }
}
