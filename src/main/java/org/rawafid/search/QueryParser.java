package org.rawafid.search;

import org.rawafid.dedupe.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses a search query (SPEC §4a): words are ANDed, {@code "…"} is a phrase, {@code OR} (upper
 * case, between two terms) joins alternatives, {@code -word} or {@code -"…"} excludes. A word
 * that folds to nothing (punctuation) is ignored; a word that folds to several terms ("بـ95")
 * is matched as a phrase. Longer than {@value #MAX_CHARS} characters or more than
 * {@value #MAX_TERMS} words is refused, so no query is slow. One linear scan, no regex over the
 * query. Immutable and thread-safe.
 *
 * <pre>{@code
 * parser.parse("\"إلهام علييف\" OR بوتين -رياضة");
 * }</pre>
 */
public final class QueryParser {
    public static final int MAX_CHARS = 256;
    public static final int MAX_TERMS = 16;
    /** Straight quotes, and the curly and guillemet quotes Arabic keyboards and phones type. */
    private static final String QUOTES = "\"“”«»";

    private final Terms terms;

    public QueryParser(ArabicNormalizer normalizer) {
        this.terms = new Terms(Objects.requireNonNull(normalizer, "normalizer"));
    }

    /** The parsed query; throws {@link QuerySyntaxException} with a one-line reason. */
    public Query parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_CHARS) {
            throw new QuerySyntaxException("query is too long: " + text.length() + " characters (at most "
                    + MAX_CHARS + ")");
        }
        List<List<Query.Term>> required = new ArrayList<>();
        List<Query.Term> excluded = new ArrayList<>();
        boolean pendingOr = false;
        boolean lastWasRequired = false;
        int words = 0;
        for (Token token : tokens(text)) {
            if (token.or()) {
                if (!lastWasRequired || pendingOr) {
                    throw new QuerySyntaxException("OR needs a word or phrase on each side");
                }
                pendingOr = true;
                continue;
            }
            List<String> stems = terms.of(token.text());
            if (stems.isEmpty()) {
                if (token.phrase() || token.negated() || pendingOr) {
                    throw new QuerySyntaxException(token.phrase() ? "empty phrase: put words between the quotes"
                            : "\"" + (token.negated() ? "-" : "") + token.text() + "\" has no letters or digits to search for");
                }
                continue;
            }
            words += stems.size();
            if (words > MAX_TERMS) {
                throw new QuerySyntaxException("too many words: at most " + MAX_TERMS);
            }
            Query.Term term = new Query.Term(stems);
            if (token.negated()) {
                if (pendingOr) {
                    throw new QuerySyntaxException("OR cannot join an excluded term (-" + token.text() + ")");
                }
                excluded.add(term);
                lastWasRequired = false;
            } else if (pendingOr) {
                required.get(required.size() - 1).add(term);
                pendingOr = false;
                lastWasRequired = true;
            } else {
                required.add(new ArrayList<>(List.of(term)));
                lastWasRequired = true;
            }
        }
        if (pendingOr) {
            throw new QuerySyntaxException("OR needs a word or phrase on each side");
        }
        if (required.isEmpty()) {
            throw new QuerySyntaxException(excluded.isEmpty() ? "empty query: type a word to search for"
                    : "a query needs at least one word that is not excluded with -");
        }
        return new Query(text.strip(), required, excluded);
    }

    private record Token(String text, boolean phrase, boolean negated, boolean or) {
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-') {
                if (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) {
                    throw new QuerySyntaxException("\"-\" must be followed by the word or phrase to exclude, e.g. -رياضة");
                }
                negated = true;
                c = text.charAt(++i);
            }
            if (isQuote(c)) {
                int end = i + 1;
                while (end < n && !isQuote(text.charAt(end))) {
                    end++;
                }
                if (end == n) {
                    throw new QuerySyntaxException("unterminated phrase: add the closing quote (\")");
                }
                out.add(new Token(text.substring(i + 1, end), true, negated, false));
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && !isQuote(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                out.add(new Token(word, false, negated, !negated && word.equals("OR")));
                i = end;
            }
        }
        return out;
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
