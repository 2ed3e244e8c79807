package org.rawafid.clean;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Cleans an item or page title: HTML stripped, entities decoded (twice-escaped feeds too),
 * whitespace folded, and the site's name removed where sites put it ({@code … | القاهرة الإخبارية},
 * {@code القاهرة الإخبارية - …}). Everything else is kept as written, including {@code عاجل |}
 * prefixes and mixed-direction text. Example:
 * <pre>{@code new TitleCleaner().clean("بوتين في باكو | القاهرة الاخبارية", "القاهرة الإخبارية")  // "بوتين في باكو"}</pre>
 *
 * <p>Thread-safe and stateless.
 */
public final class TitleCleaner {
    /** Separators sites put between title and name; dashes and colons only count with spaces around them. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|·•»«]\\s*|\\s+[-–—]\\s+|\\s*:\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]{2,8});");

    /**
     * @param rawTitle the title as the feed or page has it (may contain HTML and entities)
     * @param siteName the outlet's name, or {@code null} when unknown (then no name is removed)
     */
    public String clean(String rawTitle, String siteName) {
        Objects.requireNonNull(rawTitle, "rawTitle");
        String title = Jsoup.parseBodyFragment(rawTitle).body().text();
        if (ENTITY.matcher(title).find()) {
            title = Parser.unescapeEntities(title, false);
        }
        title = ArabicText.foldSpaces(title);
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

    private static boolean sameName(String segment, String foldedSite) {
        String folded = ArabicText.fold(segment);
        return folded.equals(foldedSite) || folded.replace(" ", "").equals(foldedSite.replace(" ", ""));
    }
}
