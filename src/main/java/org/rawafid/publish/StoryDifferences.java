package org.rawafid.publish;

import org.rawafid.dedupe.ArabicNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what differs between the reports of one story (SPEC §8a): in each report's title and
 * lead, the words whose normalised stem some other report of the story does not have — a number
 * ({@code 3} vs {@code ٤}), a place ({@code حلب} vs {@code الموصل}), a name. Words are compared
 * through {@link ArabicNormalizer#tokens}, so spelling variants, clitics and Arabic-Indic digits
 * never count as a difference; function words (its stop words, and the prepositions, particles,
 * pronouns and auxiliary verbs of {@code publish/function-words.txt}) are never marked. A story
 * of one report has no differences.
 *
 * <p>Words are found by a linear scan (no regular expression meets the feed's text). Thread-safe.
 */
public final class StoryDifferences {
    private static final String FUNCTION_WORDS = "/publish/function-words.txt";

    private final ArabicNormalizer normalizer;
    private final Set<String> functionWords;

    public StoryDifferences(ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.functionWords = Set.copyOf(stems(normalizer));
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
        List<Set<String>> stems = new ArrayList<>(reports.size());
        for (Report r : reports) {
            stems.add(new HashSet<>(normalizer.tokens(r.title() + " " + r.lead())));
        }
        List<Marked> marked = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Set<String> differing = differing(i, stems);
            marked.add(new Marked(mark(reports.get(i).title(), differing), mark(reports.get(i).lead(), differing)));
        }
        return marked;
    }

    /** The stems of report {@code i} that at least one other report lacks. */
    private Set<String> differing(int i, List<Set<String>> stems) {
        Set<String> differing = new HashSet<>();
        for (String stem : stems.get(i)) {
            if (!isWorthMarking(stem)) {
                continue;
            }
            for (int j = 0; j < stems.size(); j++) {
                if (j != i && !has(stems.get(j), stem)) {
                    differing.add(stem);
                    break;
                }
            }
        }
        return differing;
    }

    private boolean has(Set<String> stems, String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        for (String other : stems) {
            if (normalizer.sameWord(stem, other)) {
                return true;
            }
        }
        return false;
    }

    /** Any number; a content word of at least two letters (a lone letter left by the stemmer says nothing). */
    private boolean isWorthMarking(String stem) {
        return Character.isDigit(stem.charAt(0)) || stem.length() >= 2 && !functionWords.contains(stem);
    }

    /** {@code text} split at white space, each word marked when one of its stems differs. */
    private MarkedText mark(String text, Set<String> differing) {
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
            if (space || differing.isEmpty() || !differs(piece, differing)) {
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

    private boolean differs(String word, Set<String> differing) {
        for (String stem : normalizer.tokens(word)) {
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
