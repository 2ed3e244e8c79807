package org.rawafid.clean;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Makes the plain-text summary of an item: entities decoded, whitespace folded, at most
 * {@code maxChars} UTF-16 chars, cut at a word boundary (never inside a word or a grapheme,
 * so never inside an Arabic word, an emoji ZWJ sequence or a letter with its combining marks),
 * with "…" appended when cut; the "…" counts toward the limit. Example:
 * <pre>{@code new Summarizer().summarize("بوتين يزور أذربيجان", 12)  // "بوتين يزور…"}</pre>
 *
 * <p>Thread-safe: break iterators are created per call.
 */
public final class Summarizer {
    private static final String ELLIPSIS = "…";
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,،;؛:\\-–—(\\[«\"']+$");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** The summary of HTML or entity-escaped text: markup dropped and references decoded first. */
    public String summarize(String text, int maxChars) {
        Objects.requireNonNull(text, "text");
        return summarizeText(toPlain(text), maxChars);
    }

    /**
     * The summary of text that is already plain (a cleaner's {@code text()}): nothing in it is
     * decoded or read as markup again, so a literal {@code <img …>} or {@code &lt;} stays as written
     * and the renderers escape it (issue 18, row 10).
     */
    public String summarizeText(String plainText, int maxChars) {
        Objects.requireNonNull(plainText, "plainText");
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2, was " + maxChars);
        }
        String plain = ArabicText.foldSpaces(plainText);
        if (plain.length() <= maxChars) {
            return plain;
        }
        int cut = cutPoint(plain, maxChars - ELLIPSIS.length());
        String head = TRAILING_PUNCTUATION.matcher(plain.substring(0, cut)).replaceAll("");
        return (head.isEmpty() ? plain.substring(0, cut).strip() : head) + ELLIPSIS;
    }

    private static String toPlain(String text) {
        if (!MarkupSniffer.hasTagOrEntity(text)) {
            return text;
        }
        if (text.indexOf('<') < 0) {
            return Parser.unescapeEntities(text, false);
        }
        return NestingScanner.nestsDeeperThan(text, DepthLimiter.MAX_DEPTH) ? NestingScanner.text(text)
                : TextRenderer.render(Jsoup.parseBodyFragment(text).body()).replace('\n', ' ');
    }

    /** The last word boundary followed by a space within budget; else the last grapheme boundary. */
    private static int cutPoint(String plain, int budget) {
        BreakIterator words = BreakIterator.getWordInstance(ARABIC);
        words.setText(plain);
        for (int b = words.preceding(budget + 1); b > 0; b = words.previous()) {
            if (Character.isWhitespace(plain.charAt(b))) {
                return b;
            }
        }
        return lastGraphemeBoundary(plain, budget);
    }

    /** One unbroken token longer than the budget (a URL): cut between graphemes, never inside one. */
    private static int lastGraphemeBoundary(String plain, int budget) {
        BreakIterator chars = BreakIterator.getCharacterInstance(ARABIC);
        chars.setText(plain);
        int b = chars.preceding(budget + 1);
        while (b > 0 && joinsAcross(plain, b)) {
            b = chars.previous();
        }
        return Math.max(b, 0);
    }

    /** JDK 17's character iterator predates emoji grapheme rules; ZWJ, modifiers and marks glue to neighbours. */
    private static boolean joinsAcross(String s, int b) {
        int before = s.codePointBefore(b);
        int after = s.codePointAt(b);
        int type = Character.getType(after);
        return before == 0x200D || after == 0x200D || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || after >= 0xFE00 && after <= 0xFE0F || after >= 0x1F3FB && after <= 0x1F3FF
                || after >= 0xE0020 && after <= 0xE007F || Character.isLowSurrogate(s.charAt(b));
    }
}
