package org.rawafid.clean;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Cleans an item or page title: HTML stripped and entities decoded once, so the result is plain
 * text; a second, twice-escaped layer ({@code &amp;amp;}, {@code &amp;#8217;}) is decoded only
 * where that cannot yield {@code <} or {@code >}, so a literal {@code &lt;img …&gt;} never becomes
 * markup (issue 18, row 10). Bidi embedding and override controls are removed (they can reorder
 * what is shown around the title), whitespace is folded, the result is at most {@link #MAX_CHARS}
 * chars, and the site's name removed where sites put it ({@code … | القاهرة الإخبارية},
 * {@code القاهرة الإخبارية - …}). Everything else is kept as written, including {@code عاجل |}
 * prefixes and mixed-direction text. Example:
 * <pre>{@code new TitleCleaner().clean("بوتين في باكو | القاهرة الاخبارية", "القاهرة الإخبارية")  // "بوتين في باكو"}</pre>
 *
 * <p>Thread-safe and stateless.
 */
public final class TitleCleaner {
    /** Separators sites put between title and name; dashes and colons only count with spaces around them. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|·•»«]\\s*|\\s+[-–—]\\s+|\\s*:\\s+");
    /** Longer titles are cut (issue 18, limits); a real headline is under 200 chars. */
    public static final int MAX_CHARS = 1_000;
    /** Markup beyond this is not read: the visible title can't need more than a few times MAX_CHARS. */
    private static final int MAX_RAW_CHARS = 16 * MAX_CHARS;

    /**
     * @param rawTitle the title as the feed or page has it (may contain HTML and entities)
     * @param siteName the outlet's name, or {@code null} when unknown (then no name is removed)
     */
    public String clean(String rawTitle, String siteName) {
        Objects.requireNonNull(rawTitle, "rawTitle");
        String raw = rawTitle.length() > MAX_RAW_CHARS ? rawTitle.substring(0, MAX_RAW_CHARS) : rawTitle;
        String title = NestingScanner.nestsDeeperThan(raw, DepthLimiter.MAX_DEPTH)
                ? NestingScanner.text(raw) : Jsoup.parseBodyFragment(raw).body().text();
        title = atMost(ArabicText.foldSpaces(withoutBidiControls(PlainText.decodeInertReferences(title))), MAX_CHARS);
        if (siteName == null || ArabicText.fold(siteName).isEmpty()) {
            return title;
        }
        String site = ArabicText.fold(siteName);
        return withoutSuffix(withoutPrefix(title, site), site);
    }

    private static String withoutPrefix(String title, String site) {
        Matcher m = SEPARATOR.matcher(title);
        if (m.find() && m.start() > 0 && sameName(title.substring(0, m.start()), site) && m.end() < title.length()) {
            return title.substring(m.end()).strip();
        }
        return title;
    }

    private static String withoutSuffix(String title, String site) {
        Matcher m = SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start > 0 && end < title.length() && sameName(title.substring(end), site)) {
            return title.substring(0, start).strip();
        }
        return title;
    }

    /** Removes U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
    static String withoutBidiControls(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            if (control && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String atMost(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, cut).strip();
    }

    private static boolean sameName(String segment, String foldedSite) {
        String folded = ArabicText.fold(segment);
        return folded.equals(foldedSite) || folded.replace(" ", "").equals(foldedSite.replace(" ", ""));
    }
}
