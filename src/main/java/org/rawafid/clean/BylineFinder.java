package org.rawafid.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the byline Arabic sites put as the first line of the body ({@code القاهرة الإخبارية - أحمد أنور},
 * {@code كتب: أحمد أنور}, {@code بقلم أحمد أنور}), takes the writer's name and removes the line.
 */
final class BylineFinder {
    private static final Pattern SITE_DASH_NAME = Pattern.compile("^(.{2,40}?)\\s*[-–—:|/]\\s*(.{2,40})$");
    private static final Pattern WROTE_NAME = Pattern.compile("^(كتب|كتبت|بقلم|كتبه|تقرير|إعداد|اعداد|by)\\s*[-–—:]?\\s*(.{2,40})$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> WROTE = Set.of("كتب", "كتبت", "بقلم", "كتبه", "تقرير", "اعداد", "by");
    private static final int MAX_BYLINE = 70;
    private static final int BLOCKS_TO_LOOK_AT = 3;

    private BylineFinder() {
    }

    /** Returns the writer named by a byline among the first blocks of {@code content} (removing it), or null. */
    static String takeByline(Element content, String siteName, String knownAuthor) {
        int looked = 0;
        for (Element block : content.select("p, div, span, strong, b, h4, h5, h6")) {
            String text = ArabicText.foldSpaces(block.text());
            if (text.isEmpty() || block.childrenSize() > 0 && !block.select("p, div").isEmpty()) {
                continue;
            }
            String author = authorIn(text, siteName, knownAuthor);
            if (author != null) {
                block.remove();
                return author;
            }
            if (++looked >= BLOCKS_TO_LOOK_AT) {
                return null;
            }
        }
        return null;
    }

    private static String authorIn(String text, String siteName, String knownAuthor) {
        if (text.length() > MAX_BYLINE) {
            return null;
        }
        if (knownAuthor != null && ArabicText.fold(text).equals(ArabicText.fold(knownAuthor))) {
            return knownAuthor;
        }
        Matcher wrote = WROTE_NAME.matcher(text);
        if (wrote.matches() && WROTE.contains(ArabicText.fold(wrote.group(1)))) {
            return wrote.group(2).strip();
        }
        Matcher m = SITE_DASH_NAME.matcher(text);
        if (m.matches() && siteName != null && sameSite(m.group(1), siteName)) {
            return m.group(2).strip();
        }
        return null;
    }

    private static boolean sameSite(String candidate, String siteName) {
        String a = ArabicText.fold(candidate).replace(" ", "");
        String b = ArabicText.fold(siteName).replace(" ", "");
        return !a.isEmpty() && (a.equals(b) || b.contains(a) || a.contains(b));
    }
}
